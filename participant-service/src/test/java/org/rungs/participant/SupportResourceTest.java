package org.rungs.participant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.rungs.participant.Fixtures.navigator;
import static org.rungs.participant.Fixtures.newAgency;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.participant.ParticipantEvents;
import org.rungs.spine.events.CloudEventHeaders;
import org.rungs.testing.EventSamples;
import org.rungs.testing.KafkaProbe;
import org.rungs.testing.KafkaTestResource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Support referrals for barriers: referred, started, ended; each move announced. */
@QuarkusTest
class SupportResourceTest {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private static io.restassured.response.ValidatableResponse move(String agency, String participant,
            String support, String body) {
        return given().header("Authorization", navigator(agency)).contentType(ContentType.JSON).body(body)
                .post("/participants/" + participant + "/supports/" + support + "/status").then();
    }

    @Test
    void aSupportIsReferredStartedAndEndedAndEachMoveIsAnnounced() {
        String agency = newAgency("eastside-works");
        String participant = ParticipationResourceTest.enrolWithIntake(agency);

        String support = given().header("Authorization", navigator(agency)).contentType(ContentType.JSON)
                .body("{\"barrier\":\"childcare\",\"provider\":\"Eastside Family Childcare Network\","
                        + "\"on\":\"" + TODAY.minusDays(20) + "\"}")
                .post("/participants/" + participant + "/supports").then().statusCode(201)
                .body("status", equalTo("referred")).body("referredOn", equalTo(TODAY.minusDays(20).toString()))
                .extract().path("id");
        var referred = new KafkaProbe(KafkaTestResource.bootstrapServers()).await("rungs.participant",
                r -> participant.equals(r.key())
                        && "support.referred.v1".equals(KafkaProbe.header(r, CloudEventHeaders.TYPE)),
                Duration.ofSeconds(20));
        assertThat(EventSamples.validate(ParticipantEvents.SUPPORT_REFERRED, referred.value())).isEmpty();

        move(agency, participant, support, "{\"status\":\"ended\",\"outcome\":\"completed\"}").statusCode(422)
                .body("violations.field", contains("outcome"));
        move(agency, participant, support, "{\"status\":\"started\",\"on\":\"" + TODAY.minusDays(21) + "\"}")
                .statusCode(422).body("type", equalTo("urn:rungs:problem:support-refused"));
        move(agency, participant, support, "{\"status\":\"started\",\"on\":\"" + TODAY.minusDays(14) + "\"}")
                .statusCode(200).body("status", equalTo("started"));
        move(agency, participant, support, "{\"status\":\"started\"}").statusCode(409)
                .body("type", equalTo("urn:rungs:problem:support-move-not-allowed"));
        move(agency, participant, support, "{\"status\":\"ended\"}").statusCode(400)
                .body("violations.field", contains("outcome"));
        move(agency, participant, support, "{\"status\":\"ended\",\"outcome\":\"completed\"}").statusCode(200)
                .body("status", equalTo("ended")).body("endedOn", equalTo(TODAY.toString()));

        var changed = new KafkaProbe(KafkaTestResource.bootstrapServers()).await("rungs.participant",
                r -> participant.equals(r.key()) && r.value().contains("\"ended\"")
                        && "support.changed.v1".equals(KafkaProbe.header(r, CloudEventHeaders.TYPE)),
                Duration.ofSeconds(20));
        assertThat(EventSamples.validate(ParticipantEvents.SUPPORT_CHANGED, changed.value())).isEmpty();
        given().header("Authorization", navigator(agency)).get("/participants/" + participant + "/supports")
                .then().statusCode(200).body("", hasSize(1)).body("[0].outcome", equalTo("completed"));
    }

    @Test
    void barriersAreUpdatedAsAWholeAndAnnounced() {
        String agency = newAgency("harbor-labor-council");
        String participant = ParticipationResourceTest.enrolWithIntake(agency);

        given().header("Authorization", navigator(agency)).contentType(ContentType.JSON)
                .body("{\"barriers\":[\"housing\",\"learning-disability\"]}")
                .put("/participants/" + participant + "/barriers").then().statusCode(200)
                .body("barriers", contains("housing", "learning-disability"));
        var changed = new KafkaProbe(KafkaTestResource.bootstrapServers()).await("rungs.participant",
                r -> participant.equals(r.key())
                        && "participant.barriers-changed.v1".equals(KafkaProbe.header(r, CloudEventHeaders.TYPE)),
                Duration.ofSeconds(20));
        assertThat(EventSamples.validate(ParticipantEvents.BARRIERS_CHANGED, changed.value())).isEmpty();
        given().header("Authorization", navigator(agency)).contentType(ContentType.JSON)
                .body("{\"barriers\":[\"teleportation\"]}")
                .put("/participants/" + participant + "/barriers").then().statusCode(400)
                .body("violations.field", contains("barriers[0]"));
    }

    @Test
    void aReferralBeforeEntryOrInTheFutureIsRefused() {
        String agency = newAgency("northside-college");
        String participant = ParticipationResourceTest.enrolWithIntake(agency);

        given().header("Authorization", navigator(agency)).contentType(ContentType.JSON)
                .body("{\"barrier\":\"transportation\",\"provider\":\"Metro Transit\",\"on\":\""
                        + TODAY.minusDays(201) + "\"}")
                .post("/participants/" + participant + "/supports").then().statusCode(409)
                .body("type", equalTo("urn:rungs:problem:dated-before-entry"));
        given().header("Authorization", navigator(agency)).contentType(ContentType.JSON)
                .body("{\"barrier\":\"transportation\",\"provider\":\"Metro Transit\",\"on\":\""
                        + TODAY.plusDays(1) + "\"}")
                .post("/participants/" + participant + "/supports").then().statusCode(422)
                .body("violations.field", contains("on"));
        given().header("Authorization", navigator(agency)).contentType(ContentType.JSON)
                .body("{\"barrier\":\"teleportation\",\"provider\":\" \"}")
                .post("/participants/" + participant + "/supports").then().statusCode(400);
        given().header("Authorization", navigator(agency)).get("/participants/" + participant + "/supports")
                .then().statusCode(200).body("", hasSize(0));
    }
}
