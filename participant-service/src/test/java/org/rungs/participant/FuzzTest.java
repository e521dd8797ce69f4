package org.rungs.participant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.rungs.participant.Fixtures.navigator;
import static org.rungs.participant.Fixtures.newAgency;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.rungs.testing.Fuzz;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Every write endpoint refuses each class of bad input with a 4xx problem naming the field, and writes nothing. */
@QuarkusTest
class FuzzTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void badInputToEveryWriteEndpointIsAProblemAndWritesNothing() {
        String agency = newAgency("eastside-works");
        String participant = ParticipationResourceTest.enrolWithIntake(agency);
        String navigator = navigator(agency);
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String scheduled = ParticipationResourceTest.logService(agency, participant, "training",
                LocalDate.now(ZoneOffset.UTC).plusDays(30)).statusCode(201).extract().path("id");
        String support = given().header("Authorization", navigator).contentType(ContentType.JSON)
                .body("{\"barrier\":\"housing\",\"provider\":\"Harbor Housing Trust\"}")
                .post("/participants/" + participant + "/supports").then().statusCode(201).extract().path("id");
        int[] sent = {0};
        Fuzz.writesNothing(dataSource, () -> {
            sent[0] += Fuzz.endpoint("POST", "/participants", ParticipantResourceTest.MARIA).probe(navigator);
            sent[0] += Fuzz.endpoint("POST", "/participants/" + participant + "/skills", SkillResourceTest.READING)
                    .probe(navigator);
            sent[0] += Fuzz.endpoint("PUT", "/participants/" + participant + "/consent", ConsentResourceTest.GRANT)
                    .probe(navigator);
            sent[0] += Fuzz.endpoint("POST", "/participants/" + participant + "/services",
                    "{\"kind\":\"career-service\",\"date\":\"" + today + "\",\"description\":\"Plan review\"}")
                    .probe(navigator);
            sent[0] += Fuzz.endpoint("POST", "/participants/" + participant + "/services/" + scheduled
                    + "/cancellation", "{\"reason\":\"Cohort postponed\"}").probe(navigator);
            sent[0] += Fuzz.endpoint("POST", "/participants/" + participant + "/exclusions",
                    "{\"reason\":\"deceased\",\"date\":\"" + today + "\",\"note\":\"Reported by family\"}")
                    .probe(navigator);
            sent[0] += Fuzz.endpoint("POST", "/participants/" + participant + "/supports",
                    "{\"barrier\":\"childcare\",\"provider\":\"Eastside Childcare\",\"on\":\"" + today + "\"}")
                    .probe(navigator);
            sent[0] += Fuzz.endpoint("POST", "/participants/" + participant + "/supports/" + support + "/status",
                    "{\"status\":\"ended\",\"outcome\":\"declined\",\"on\":\"" + today + "\"}").probe(navigator);
            sent[0] += Fuzz.endpoint("POST", "/participants/" + participant + "/plan",
                    "{\"goalLadderId\":\"" + UUID.randomUUID() + "\",\"goalRungId\":\"" + UUID.randomUUID()
                            + "\",\"startedOn\":\"" + today + "\",\"steps\":[{\"kind\":\"training\","
                            + "\"description\":\"CNA cohort\",\"targetDate\":\"" + today + "\"}]}")
                    .probe(navigator);
            sent[0] += Fuzz.endpoint("POST", "/participants/" + participant + "/plan/reviews",
                    "{\"on\":\"" + today + "\",\"note\":\"On track\"}").probe(navigator);
            sent[0] += Fuzz.endpoint("POST", "/participants/" + participant + "/notes",
                    "{\"date\":\"" + today + "\",\"text\":\"Called about the cohort\"}").probe(navigator);
            sent[0] += Fuzz.endpoint("POST", "/participants/" + participant + "/consents",
                    "{\"purpose\":\"disclosure\",\"recipients\":[\"employer:" + UUID.randomUUID()
                            + "\"],\"scope\":[\"contact\"],\"signedOn\":\"" + today + "\",\"expiresOn\":\"2099-01-01\","
                            + "\"evidence\":\"Signed release\"}")
                    .probe(navigator);
            sent[0] += Fuzz.endpoint("PUT", "/participants/" + participant + "/barriers",
                    "{\"barriers\":[\"childcare\",\"housing\"]}").probe(navigator);
            Fuzz.uriTooLong("/participants", navigator);
        });
        assertThat(sent[0]).isGreaterThan(100);
    }
}
