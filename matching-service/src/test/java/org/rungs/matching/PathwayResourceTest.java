package org.rungs.matching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.contracts.matching.MatchingEvents;
import org.rungs.contracts.participant.ParticipantEvents;
import org.rungs.contracts.training.TrainingEvents;
import org.rungs.matching.pathway.domain.PathwayRequest;
import org.rungs.testing.EventSamples;
import org.rungs.testing.Tokens;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A navigator asks for a participant's pathway from the aide rung they hold to the CNA rung: the step's gaps, and the
 * cohort that closes them and meets outside their day shift and before their childcare ends; a new skill proposes the
 * pathway again. Bad requests are problems naming the parameter.
 */
@QuarkusTest
class PathwayResourceTest {

    static final String AIDE = "11111111-2222-4333-8444-555555555501";
    static final String CNA = "11111111-2222-4333-8444-555555555502";
    static final String NAVIGATOR = Tokens.bearer("nia", "navigator", "eastside-works");

    @Test
    void aNavigatorSeesTheRouteItsGapsAndTheCohortThatClosesThem() throws Exception {
        UUID ladder = UUID.randomUUID();
        Feed.awaitApplied(Feed.ladderPublished(ladder, 2));
        UUID participant = UUID.randomUUID();
        Feed.awaitApplied(Feed.enrolled(participant, "eastside-works", true), Feed.skill(participant, "2.A.1.b",
                "2"));
        UUID employment = UUID.randomUUID();
        ObjectNode hire = EventSamples.sampleTree(EmployerEvents.HIRE_RECORDED).deepCopy();
        hire.put("employmentId", employment.toString()).put("participantId", participant.toString())
                .put("ladderId", ladder.toString()).put("rungId", AIDE);
        UUID program = UUID.randomUUID();
        UUID fits = UUID.randomUUID();
        UUID clashes = UUID.randomUUID();
        Feed.awaitApplied(Feed.send(EmployerEvents.HIRE_RECORDED, employment, hire), program(program),
                cohort(fits, program, "15:30:00", "17:30:00", 900),
                // cheaper, but during the day shift the participant works
                cohort(clashes, program, "09:00:00", "12:00:00", 100));

        JsonNode pathway = Feed.read(given().header("Authorization", NAVIGATOR)
                .get("/participants/" + participant + "/pathway?ladder=" + ladder + "&targetRung=" + CNA
                        + "&optimize=cost")
                .then().statusCode(200).extract().asString());
        assertThat(pathway.get("fromRungId").asText()).isEqualTo(AIDE);
        JsonNode step = pathway.get("steps").get(0);
        assertThat(step.get("toRungId").asText()).isEqualTo(CNA);
        assertThat(elements(step.get("missing"))).containsExactly("2.A.1.b", "2.B.1.e");
        assertThat(step.get("missing").findValuesAsText("credential")).contains("State CNA certification");
        JsonNode plan = pathway.get("plan");
        assertThat(plan.get("cohorts")).hasSize(1);
        assertThat(plan.get("cohorts").get(0).get("cohortId").asText()).isEqualTo(fits.toString());
        assertThat(plan.get("cohorts").get(0).get("closes")).hasSize(3);
        assertThat(plan.get("uncovered")).isEmpty();
        assertThat(plan.get("optimizedFor").asText()).isEqualTo("cost");
        assertThat(plan.get("exact").asBoolean()).isTrue();

        String key = PathwayRequest.idOf(participant, ladder, UUID.fromString(CNA)).toString();
        ConsumerRecord<String, String> proposed = Feed.KAFKA.await("rungs.pathway", r -> key.equals(r.key()),
                Duration.ofSeconds(30));
        assertThat(EventSamples.validate(MatchingEvents.PATHWAY_PROPOSED, proposed.value())).isEmpty();
        assertThat(Feed.read(proposed.value()).get("plan").get(0).get("cohortId").asText())
                .isEqualTo(fits.toString());

        // reading now at the rung's level: the pathway is proposed again, with one skill fewer missing
        Feed.awaitApplied(Feed.skill(participant, "2.A.1.b", "4"));
        Feed.awaitPublished();
        List<JsonNode> proposals = Feed.KAFKA.readToEnd("rungs.pathway", r -> key.equals(r.key())).stream()
                .map(r -> Feed.read(r.value())).toList();
        assertThat(proposals).hasSize(2);
        assertThat(elements(proposals.get(1).get("steps").get(0).get("missing"))).containsExactly("2.B.1.e");
    }

    @Test
    void anOpenCareerPlanGetsThePathwayToItsGoalProposedAndAClosedOneNone() {
        UUID ladder = UUID.randomUUID();
        Feed.awaitApplied(Feed.ladderPublished(ladder, 2));
        UUID planning = UUID.randomUUID();
        UUID done = UUID.randomUUID();
        Feed.awaitApplied(Feed.enrolled(planning, "eastside-works", true), Feed.enrolled(done, "eastside-works",
                true));

        Feed.awaitApplied(plan(planning, ladder, "active"), plan(done, ladder, "achieved"));
        String key = PathwayRequest.idOf(planning, ladder, UUID.fromString(CNA)).toString();
        JsonNode proposed = Feed.read(Feed.KAFKA.await("rungs.pathway", r -> key.equals(r.key()),
                Duration.ofSeconds(30)).value());
        assertThat(proposed.get("targetRungId").asText()).isEqualTo(CNA);
        assertThat(proposed.get("participantId").asText()).isEqualTo(planning.toString());
        assertThat(proposed.get("optimizedFor").asText()).isEqualTo("weeks");
        assertThat(elements(proposed.get("steps").get(0).get("missing"))).isNotEmpty();

        Feed.awaitPublished();
        String closed = PathwayRequest.idOf(done, ladder, UUID.fromString(CNA)).toString();
        assertThat(Feed.KAFKA.readToEnd("rungs.pathway", r -> closed.equals(r.key()))).isEmpty();
    }

    static String plan(UUID participant, UUID ladder, String status) {
        ObjectNode data = EventSamples.sampleTree(ParticipantEvents.PLAN_CHANGED).deepCopy();
        data.put("planId", UUID.randomUUID().toString()).put("participantId", participant.toString())
                .put("goalLadderId", ladder.toString()).put("goalRungId", CNA).put("status", status);
        if (!"active".equals(status)) {
            data.put("closedOn", LocalDate.now().toString());
        }
        return Feed.send(ParticipantEvents.PLAN_CHANGED, participant, data);
    }

    @Test
    void badRequestsAreProblemsNamingWhatIsWrong() {
        UUID ladder = UUID.randomUUID();
        Feed.awaitApplied(Feed.ladderPublished(ladder, 2));
        UUID participant = UUID.randomUUID();
        UUID withdrawn = UUID.randomUUID();
        Feed.awaitApplied(Feed.enrolled(participant, "eastside-works", true), Feed.enrolled(withdrawn,
                "eastside-works", false));
        String path = "/participants/" + participant + "/pathway";
        given().header("Authorization", NAVIGATOR).get(path + "?ladder=" + ladder + "&targetRung=" + CNA
                + "&optimize=fast").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("optimize"));
        given().header("Authorization", NAVIGATOR).get(path + "?ladder=nope&targetRung=" + CNA).then()
                .statusCode(400).body("violations[0].field", equalTo("ladder"));
        given().header("Authorization", NAVIGATOR).get(path + "?ladder=" + ladder).then().statusCode(400)
                .body("violations[0].field", equalTo("targetRung"));
        given().header("Authorization", NAVIGATOR).get(path + "?ladder=" + ladder + "&targetRung="
                + UUID.randomUUID()).then().statusCode(422)
                .body("type", equalTo("urn:rungs:problem:pathway-refused"))
                .body("violations.field", org.hamcrest.Matchers.hasItem("targetRung"));
        given().header("Authorization", NAVIGATOR).get(path + "?ladder=" + UUID.randomUUID() + "&targetRung="
                + CNA).then().statusCode(422).body("violations.field", org.hamcrest.Matchers.hasItem("ladder"));
        given().header("Authorization", NAVIGATOR).get("/participants/" + withdrawn + "/pathway?ladder=" + ladder
                + "&targetRung=" + CNA).then().statusCode(409)
                .body("type", equalTo("urn:rungs:problem:skills-not-shared"));
        given().header("Authorization", Tokens.bearer("wes", "navigator", "westside-works")).get(path + "?ladder="
                + ladder + "&targetRung=" + CNA).then().statusCode(404);
        given().header("Authorization", Tokens.bearer("emma", "employer", UUID.randomUUID().toString()))
                .get(path + "?ladder=" + ladder + "&targetRung=" + CNA).then().statusCode(403);
    }

    /** The skills among a step's missing needs (credentials have no element). */
    static List<String> elements(JsonNode missing) {
        List<String> elements = new java.util.ArrayList<>();
        missing.forEach(m -> {
            if (m.hasNonNull("elementId")) {
                elements.add(m.get("elementId").asText());
            }
        });
        return elements;
    }

    static String program(UUID program) {
        ObjectNode data = EventSamples.sampleTree(TrainingEvents.PROGRAM_PUBLISHED).deepCopy();
        data.put("programId", program.toString()).put("credential", "State CNA Certification ");
        data.putArray("skillsTaught").addObject().put("elementId", "2.A.1.b").put("level", 3.5);
        ((com.fasterxml.jackson.databind.node.ArrayNode) data.get("skillsTaught")).addObject()
                .put("elementId", "2.B.1.e").put("level", 3);
        return Feed.send(TrainingEvents.PROGRAM_PUBLISHED, program, data);
    }

    static String cohort(UUID cohort, UUID program, String from, String to, int cost) {
        ObjectNode data = EventSamples.sampleTree(TrainingEvents.COHORT_SCHEDULED).deepCopy();
        data.put("cohortId", cohort.toString()).put("programId", program.toString())
                .put("startDate", LocalDate.now().plusDays(20).toString())
                .put("endDate", LocalDate.now().plusDays(76).toString()).put("startTime", from).put("endTime", to)
                .put("costToParticipant", cost);
        return Feed.send(TrainingEvents.COHORT_SCHEDULED, cohort, data);
    }
}
