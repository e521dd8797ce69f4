package org.rungs.participant;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.rungs.participant.Fixtures.navigator;
import static org.rungs.participant.Fixtures.newAgency;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.matching.MatchingEvents;
import org.rungs.testing.EventSamples;
import org.rungs.testing.KafkaProbe;
import org.rungs.testing.KafkaTestResource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * The navigator's plan view shows the latest career pathway matching-service proposed toward the plan's goal
 * ({@code pathway.proposed.v1}), and follows it as matching proposes it again; an older proposal delivered late changes
 * nothing, and a pathway toward another rung is not the plan's.
 */
@QuarkusTest
class PlanPathwayTest {

    static final KafkaProbe KAFKA = new KafkaProbe(KafkaTestResource.bootstrapServers());

    @Inject
    AgroalDataSource dataSource;

    @Test
    void thePlanShowsTheLatestPathwayProposedTowardItsGoal() {
        String agency = newAgency("eastside-works");
        String participant = ParticipationResourceTest.enrolWithIntake(agency);
        UUID[] ladder = CaseworkResourceTest.publishedLadder();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String plan = """
                {"goalLadderId":"%s","goalRungId":"%s","startedOn":"%s","steps":[]}"""
                .formatted(ladder[0], ladder[1], today);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .header("Authorization", navigator(agency)).contentType(ContentType.JSON).body(plan)
                .post("/participants/" + participant + "/plan").then().statusCode(201)
                .body("proposedPathway", nullValue()));

        UUID pathway = UUID.randomUUID();
        Instant at = Instant.now();
        applied(proposed(pathway, participant, ladder[0], ladder[1], at, 8));
        given().header("Authorization", navigator(agency)).get("/participants/" + participant + "/plan").then()
                .statusCode(200).body("proposedPathway.pathwayId", equalTo(pathway.toString()))
                .body("proposedPathway.totalWeeks", equalTo(8))
                .body("proposedPathway.targetRungId", equalTo(ladder[1].toString()));

        applied(proposed(pathway, participant, ladder[0], ladder[1], at.minusSeconds(3600), 99));
        applied(proposed(UUID.randomUUID(), participant, ladder[0], UUID.randomUUID(), at.plusSeconds(60), 3));
        given().header("Authorization", navigator(agency)).get("/participants/" + participant + "/plan").then()
                .body("proposedPathway.totalWeeks", equalTo(8));

        applied(proposed(pathway, participant, ladder[0], ladder[1], at.plusSeconds(60), 6));
        given().header("Authorization", navigator(agency)).get("/participants/" + participant + "/plan").then()
                .body("proposedPathway.totalWeeks", equalTo(6));
        given().header("Authorization", navigator(newAgency("northside-college")))
                .get("/participants/" + participant + "/plan").then().statusCode(404);
    }

    /** Publishes a pathway as matching-service would; returns the event id. */
    private static String proposed(UUID pathway, String participant, UUID ladder, UUID rung, Instant at, int weeks) {
        ObjectNode data = EventSamples.sampleTree(MatchingEvents.PATHWAY_PROPOSED).deepCopy();
        data.put("pathwayId", pathway.toString()).put("participantId", participant).put("ladderId", ladder.toString())
                .put("targetRungId", rung.toString()).put("proposedAt", at.toString()).put("totalWeeks", weeks);
        return KAFKA.send(MatchingEvents.PATHWAY_PROPOSED, pathway.toString(), data.toString());
    }

    private void applied(String eventId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> Fixtures.count(dataSource,
                "select count(*) from processed_event where event_id = ?", eventId) == 1);
    }
}
