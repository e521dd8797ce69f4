package org.rungs.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.rungs.testing.Fuzz;
import org.rungs.testing.Tokens;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** Every write endpoint refuses each class of bad input with a 4xx problem naming the field, and writes nothing. */
@QuarkusTest
class FuzzTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void badInputToEveryWriteEndpointIsAProblemAndWritesNothing() {
        String provider = ProviderResourceTest.createProvider("Fuzzy College", "college");
        String staff = Tokens.bearer("pat", "provider", provider);
        String program = TrainingJourneyTest.program(provider, staff, null);
        String cohort = TrainingJourneyTest.cohort(program, staff, 3);
        String agency = "fuzzy-" + UUID.randomUUID().toString().substring(0, 8);
        String participant = TrainingJourneyTest.participant(agency, "day", "4");
        String enrolment = await().atMost(Duration.ofSeconds(30)).until(() -> TrainingJourneyTest
                .enrol(agency, cohort, participant).extract().response(), r -> r.statusCode() == 201).path("id");
        String navigator = TrainingJourneyTest.navigator(agency);
        int[] sent = {0};
        Fuzz.writesNothing(dataSource, () -> {
            sent[0] += Fuzz.endpoint("POST", "/providers", """
                    {"id":"3c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f","name":"Harbor Skills Center","kind":"private",
                     "contactEmail":"skills@harbor.example.org"}""").probe(ProviderResourceTest.ADMIN);
            sent[0] += Fuzz.endpoint("POST", "/providers/" + provider + "/programs", ProgramResourceTest.LPN)
                    .probe(ProviderResourceTest.ADMIN);
            sent[0] += Fuzz.endpoint("POST", "/programs/" + program + "/cohorts", """
                    {"startDate":"2027-01-11","endDate":"2027-03-05","meetingDays":["monday"],"startTime":"18:00",
                     "endTime":"21:00","deliveryMode":"hybrid","location":"Room B204","seats":12,
                     "costToParticipant":125.50}""").probe(staff);
            sent[0] += Fuzz.endpoint("POST", "/cohorts/" + cohort + "/enrolments",
                    "{\"participantId\":\"" + participant + "\",\"enrolledOn\":\"2026-11-02\"}").probe(navigator);
            sent[0] += Fuzz.endpoint("POST", "/enrolments/" + enrolment + "/skill-gains",
                    "{\"type\":\"skills-exam\",\"achievedOn\":\"2026-11-20\",\"note\":\"Passed\"}").probe(staff);
            sent[0] += Fuzz.endpoint("POST", "/enrolments/" + enrolment + "/withdrawal",
                    "{\"reason\":\"Moved away\",\"on\":\"2026-11-20\"}").probe(staff);
            sent[0] += Fuzz.endpoint("POST", "/cohorts/" + cohort + "/cancellation", "{\"reason\":\"Too few\"}")
                    .probe(staff);
            Fuzz.uriTooLong("/programs", ProviderResourceTest.ADMIN);
        });
        assertThat(sent[0]).isGreaterThan(100);
    }
}
