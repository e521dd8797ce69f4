package org.rungs.participant;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.rungs.participant.Fixtures.ADMIN;
import static org.rungs.participant.Fixtures.navigator;
import static org.rungs.participant.Fixtures.newAgency;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.testing.EventSamples;
import org.rungs.testing.KafkaProbe;
import org.rungs.testing.KafkaTestResource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Career plans toward published rungs, their reviews, and case notes only the participant's agency reads. */
@QuarkusTest
class CaseworkResourceTest {

    static final KafkaProbe KAFKA = new KafkaProbe(KafkaTestResource.bootstrapServers());
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    /** Publishes a ladder as employer-service would, and returns its id and its tier-2 rung's. */
    static UUID[] publishedLadder() {
        ObjectNode ladder = EventSamples.sampleTree(EmployerEvents.LADDER_PUBLISHED).deepCopy();
        UUID ladderId = UUID.randomUUID();
        ladder.put("ladderId", ladderId.toString());
        UUID rung = null;
        for (var r : ladder.withArray("rungs")) {
            UUID id = UUID.randomUUID();
            ((ObjectNode) r).put("rungId", id.toString());
            if (r.path("tier").asInt() == 2) {
                rung = id;
            }
        }
        KAFKA.send(EmployerEvents.LADDER_PUBLISHED, ladderId.toString(), ladder.toString());
        return new UUID[]{ladderId, rung};
    }

    @Test
    void aPlanAimsAtAPublishedRungAndItsOverdueReviewIsListedForTheNavigator() {
        String agency = newAgency("eastside-works");
        String participant = ParticipationResourceTest.enrolWithIntake(agency);
        UUID[] ladder = publishedLadder();
        String plan = """
                {"goalLadderId":"%s","goalRungId":"%s","startedOn":"%s",
                 "steps":[{"kind":"training","description":"CNA evening cohort","targetDate":"%s"}]}"""
                .formatted(ladder[0], ladder[1], TODAY.minusMonths(6).minusDays(3), TODAY.minusDays(10));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .header("Authorization", navigator(agency)).contentType(ContentType.JSON).body(plan)
                .post("/participants/" + participant + "/plan").then().statusCode(201)
                .body("goalTier", equalTo(2))
                .body("reviewOverdue", equalTo(true))
                .body("steps[0].overdue", equalTo(true)));
        given().header("Authorization", navigator(agency)).contentType(ContentType.JSON).body(plan)
                .post("/participants/" + participant + "/plan").then().statusCode(409)
                .body("type", equalTo("urn:rungs:problem:plan-exists"));

        given().header("Authorization", navigator(agency)).get("/plans/reviews-due").then().statusCode(200)
                .body("participantId", contains(participant))
                .body("[0].daysOverdue", equalTo((int) ChronoUnit.DAYS.between(
                        TODAY.minusMonths(6).minusDays(3).plusMonths(6), TODAY)));
        given().header("Authorization", navigator(newAgency("northside-college"))).get("/plans/reviews-due")
                .then().statusCode(200).body("", hasSize(0));

        given().header("Authorization", navigator(agency)).contentType(ContentType.JSON)
                .body("{\"note\":\"On track\"}").post("/participants/" + participant + "/plan/reviews")
                .then().statusCode(200).body("reviewOverdue", equalTo(false))
                .body("nextReviewDue", equalTo(TODAY.plusMonths(6).toString()));
        given().header("Authorization", navigator(agency)).get("/plans/reviews-due").then().body("", hasSize(0));

        given().header("Authorization", navigator(agency)).contentType(ContentType.JSON)
                .body("{\"outcome\":\"achieved\"}").post("/participants/" + participant + "/plan/closure")
                .then().statusCode(200).body("status", equalTo("achieved"));
        given().header("Authorization", navigator(agency)).get("/participants/" + participant + "/plan")
                .then().statusCode(404);
    }

    @Test
    void aGoalThatIsNotAPublishedRungIsRefused() {
        String agency = newAgency("eastside-works");
        String participant = ParticipationResourceTest.enrolWithIntake(agency);

        given().header("Authorization", navigator(agency)).contentType(ContentType.JSON)
                .body("{\"goalLadderId\":\"" + UUID.randomUUID() + "\",\"goalRungId\":\"" + UUID.randomUUID()
                        + "\"}")
                .post("/participants/" + participant + "/plan").then().statusCode(422)
                .body("type", equalTo("urn:rungs:problem:plan-refused"))
                .body("violations.field", contains("goalRungId"));
    }

    @Test
    void caseNotesAreReadOnlyByTheParticipantsAgencyAndNetworkAdmins() {
        String agency = newAgency("harbor-labor-council");
        String participant = ParticipationResourceTest.enrolWithIntake(agency);

        given().header("Authorization", navigator(agency)).contentType(ContentType.JSON)
                .body("{\"date\":\"" + TODAY.minusDays(2) + "\",\"text\":\"Childcare arranged for the cohort\"}")
                .post("/participants/" + participant + "/notes").then().statusCode(201)
                .body("author", equalTo("nia"));
        given().header("Authorization", navigator(agency)).contentType(ContentType.JSON)
                .body("{\"date\":\"" + TODAY.plusDays(1) + "\",\"text\":\"Tomorrow\"}")
                .post("/participants/" + participant + "/notes").then().statusCode(422);

        given().header("Authorization", navigator(agency)).get("/participants/" + participant + "/notes")
                .then().statusCode(200).body("items.text", contains("Childcare arranged for the cohort"));
        given().header("Authorization", ADMIN).get("/participants/" + participant + "/notes")
                .then().statusCode(200).body("items", hasSize(1));
        given().header("Authorization", navigator(newAgency("eastside-works")))
                .get("/participants/" + participant + "/notes").then().statusCode(404);
        given().header("Authorization", org.rungs.testing.Tokens.bearer("ann", "analyst", null))
                .get("/participants/" + participant + "/notes").then().statusCode(403);
    }
}
