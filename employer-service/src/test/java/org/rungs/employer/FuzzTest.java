package org.rungs.employer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.rungs.testing.Fuzz;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** Every write endpoint refuses each class of bad input with a 4xx problem naming the field, and writes nothing. */
@QuarkusTest
class FuzzTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void badInputToEveryWriteEndpointIsAProblemAndWritesNothing() {
        String employer = EmployerResourceTest.createEmployer("Fuzzy Foods");
        String vacancy = VacancyResourceTest.open(employer);
        int[] sent = {0};
        Fuzz.writesNothing(dataSource, () -> {
            sent[0] += Fuzz.endpoint("POST", "/employers", """
                    {"id":"0b9e8f8a-6a0e-4c55-9f3e-5c1d2e3f4a5b","name":"Harbor Foods","naicsCode":"722511",
                     "sizeBand":"10-49"}""").probe(EmployerResourceTest.ADMIN);
            sent[0] += Fuzz.endpoint("POST", "/employers/" + employer + "/vacancies", """
                    {"title":"Certified Nursing Assistant","occupationCode":"31-1131.00",
                     "requiredSkills":[{"elementId":"2.A.1.a","minimumLevel":3.0}],
                     "hourlyWage":19.50,"openings":3,"shift":"day"}""").probe(EmployerResourceTest.ADMIN);
            sent[0] += Fuzz.endpoint("POST", "/vacancies/" + vacancy + "/close", "{\"reason\":\"filled\"}")
                    .probe(EmployerResourceTest.ADMIN);
            Fuzz.uriTooLong("/vacancies", EmployerResourceTest.ADMIN);
        });
        assertThat(sent[0]).isGreaterThan(100);
    }
}
