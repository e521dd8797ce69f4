package org.rungs.training;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.testing.EventSamples;
import org.rungs.testing.KafkaProbe;
import org.rungs.testing.KafkaTestResource;
import org.rungs.testing.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/** The training asset map of a published ladder: gaps per transition, the programs that bridge them, the rest. */
@QuarkusTest
class AssetMapResourceTest {

    static final KafkaProbe KAFKA = new KafkaProbe(KafkaTestResource.bootstrapServers());

    /** Publishes the sample ladder under a new id, its top rung requiring a skill no program teaches. */
    static String ladder() {
        ObjectNode ladder = EventSamples.sampleTree(EmployerEvents.LADDER_PUBLISHED).deepCopy();
        String id = UUID.randomUUID().toString();
        ladder.put("ladderId", id);
        for (JsonNode rung : ladder.withArray("rungs")) {
            ArrayNode skills = ((ObjectNode) rung).withArray("requiredSkills");
            if (rung.path("tier").asInt() > 1) {
                skills.addObject().put("elementId", "2.B.1.f").put("level", 3.5);
                skills.addObject().put("elementId", "2.B.5.a").put("level", 6.5);
            }
        }
        KAFKA.send(EmployerEvents.LADDER_PUBLISHED, id, ladder.toString());
        return id;
    }

    @Test
    void aLaddersMapNamesTheProgramsThatBridgeEachTransitionAndTheGapsNoneCovers() {
        String provider = ProviderResourceTest.createProvider("Harbor Skills " + UUID.randomUUID(), "college");
        String staff = Tokens.bearer("pat", "provider", provider);
        String program = TrainingJourneyTest.program(provider, staff, null);
        given().header("Authorization", staff).contentType("application/json").body("""
                {"startDate":"%s","endDate":"%s","deliveryMode":"online","seats":30,"costToParticipant":0}"""
                .formatted(TrainingJourneyTest.TODAY.plusDays(10), TrainingJourneyTest.TODAY.plusDays(60)))
                .post("/programs/" + program + "/cohorts").then().statusCode(201);
        String ladder = ladder();
        String navigator = TrainingJourneyTest.navigator("eastside-works");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().header("Authorization", navigator)
                .get("/asset-map?ladder=" + ladder).then().statusCode(200)
                .body("transitions[0].gaps.elementId", hasItem("2.B.1.f"))
                .body("transitions[0].programs.programId", hasItem(program))
                .body("transitions[0].uncoveredGaps.elementId", hasItem("2.B.5.a"))
                .body("attribution", containsString("O*NET 30.0")));
        given().header("Authorization", navigator).get("/asset-map?ladder=" + ladder).then()
                .body("transitions[0].programs.find { it.programId == '" + program + "' }.nextCohort",
                        notNullValue())
                .body("transitions[0].programs.find { it.programId == '" + program + "' }.credentialType",
                        equalTo("industry-certificate"));
        given().header("Authorization", navigator).accept("text/csv").get("/asset-map?ladder=" + ladder).then()
                .statusCode(200).contentType(containsString("text/csv"))
                .body(containsString("from_tier,from_rung,to_tier,to_rung"))
                .body(containsString("\"Certified Nursing Assistant Bridge\""));

        given().header("Authorization", navigator).get("/asset-map?ladder=" + UUID.randomUUID()).then()
                .statusCode(404);
        given().header("Authorization", navigator).get("/asset-map?ladder=nope").then().statusCode(400)
                .body("violations.field", hasItem("ladder"));
        given().header("Authorization", navigator).get("/asset-map").then().statusCode(400);
    }
}
