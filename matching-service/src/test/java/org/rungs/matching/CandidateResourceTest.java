package org.rungs.matching;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.rungs.contracts.matching.MatchingEvents;
import org.rungs.matching.match.domain.Match;
import org.rungs.spine.events.CloudEventHeaders;
import org.rungs.spine.events.EventJson;
import org.rungs.testing.EventSamples;
import org.rungs.testing.Fuzz;
import org.rungs.testing.KafkaProbe;
import org.rungs.testing.Tokens;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CandidateResourceTest {

    static final String READING = "2.A.1.a";
    static final String SERVICE = "2.B.1.f";

    @Test
    void openingAVacancyRanksAndExplainsConsentingParticipantsAndProposesThem() throws Exception {
        String eastside = "eastside-" + UUID.randomUUID();
        String westside = "westside-" + UUID.randomUUID();
        UUID allSkills = UUID.randomUUID();
        UUID oneSkill = UUID.randomUUID();
        UUID tooLow = UUID.randomUUID();
        UUID keepsPrivate = UUID.randomUUID();
        Feed.awaitApplied(
                Feed.enrolled(allSkills, eastside, true), Feed.skill(allSkills, READING, "3.5"),
                Feed.skill(allSkills, SERVICE, "3"),
                Feed.enrolled(oneSkill, westside, true), Feed.skill(oneSkill, READING, "4"),
                Feed.enrolled(tooLow, eastside, true), Feed.skill(tooLow, READING, "2"),
                Feed.skill(tooLow, SERVICE, "2.5"),
                Feed.enrolled(keepsPrivate, eastside, false), Feed.skill(keepsPrivate, READING, "7"),
                Feed.skill(keepsPrivate, SERVICE, "7"));

        UUID vacancy = UUID.randomUUID();
        UUID employer = UUID.randomUUID();
        Feed.awaitApplied(Feed.opened(vacancy, employer, Map.of(READING, "3", SERVICE, "3")));

        JsonNode list = Candidates.of(vacancy);
        assertThat(list.get("vacancyId").asText()).isEqualTo(vacancy.toString());
        assertThat(list.get("occupationCode").asText()).isEqualTo("31-1131.00");
        List<BigDecimal> scores = new ArrayList<>();
        list.get("candidates").forEach(c -> scores.add(c.get("score").decimalValue()));
        assertThat(scores).isSortedAccordingTo((a, b) -> b.compareTo(a));

        List<JsonNode> mine = Candidates.among(list, allSkills, oneSkill, tooLow, keepsPrivate);
        assertThat(Candidates.ids(mine)).containsExactly(allSkills.toString(), oneSkill.toString());

        JsonNode best = mine.get(0);
        assertThat(best.get("partnerAgency").asText()).isEqualTo(eastside);
        assertThat(best.get("score").decimalValue()).isEqualByComparingTo("1");
        assertThat(best.get("met")).extracting(s -> s.get("name").asText())
                .containsExactly("Reading Comprehension", "Service Orientation");
        assertThat(best.get("missing")).isEmpty();

        JsonNode half = mine.get(1);
        assertThat(half.get("partnerAgency").asText()).isEqualTo(westside);
        assertThat(half.get("score").decimalValue()).isEqualByComparingTo("0.5");
        JsonNode met = half.get("met").get(0);
        assertThat(met.get("elementId").asText()).isEqualTo(READING);
        assertThat(met.get("name").asText()).isEqualTo("Reading Comprehension");
        assertThat(met.get("requiredLevel").decimalValue()).isEqualByComparingTo("3");
        assertThat(met.get("participantLevel").decimalValue()).isEqualByComparingTo("4");
        JsonNode missing = half.get("missing").get(0);
        assertThat(missing.get("elementId").asText()).isEqualTo(SERVICE);
        assertThat(missing.get("name").asText()).isEqualTo("Service Orientation");
        assertThat(missing.get("requiredLevel").decimalValue()).isEqualByComparingTo("3");
        assertThat(missing.has("participantLevel")).isTrue();
        assertThat(missing.get("participantLevel").isNull()).isTrue();

        ConsumerRecord<String, String> proposal = Feed.KAFKA.await("rungs.match",
                r -> Match.idOf(vacancy, oneSkill).toString().equals(r.key()), Duration.ofSeconds(30));
        assertThat(KafkaProbe.header(proposal, CloudEventHeaders.TYPE)).isEqualTo("match.proposed.v1");
        assertThat(KafkaProbe.header(proposal, CloudEventHeaders.SOURCE)).isEqualTo("matching-service");
        assertThat(EventSamples.validate(MatchingEvents.MATCH_PROPOSED, proposal.value())).isEmpty();
        assertThat(EventSamples.fieldNames(proposal.value()))
                .isEqualTo(EventSamples.fieldNames(EventSamples.sample(MatchingEvents.MATCH_PROPOSED)));
        JsonNode event = EventJson.mapper().readTree(proposal.value());
        assertThat(event.get("matchId").asText()).isEqualTo(proposal.key());
        assertThat(event.get("vacancyId").asText()).isEqualTo(vacancy.toString());
        assertThat(event.get("employerId").asText()).isEqualTo(employer.toString());
        assertThat(event.get("participantId").asText()).isEqualTo(oneSkill.toString());
        assertThat(event.get("partnerAgency").asText()).isEqualTo(westside);
        assertThat(event.get("score").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(event.get("missing").get(0).get("participantLevel").isNull()).isTrue();

        List<String> proposedIds = List.of(allSkills, oneSkill, tooLow, keepsPrivate).stream()
                .map(p -> Match.idOf(vacancy, p).toString()).toList();
        Feed.awaitPublished();
        var proposals = Feed.KAFKA.readToEnd("rungs.match", r -> proposedIds.contains(r.key()));
        assertThat(proposals).extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrder(Match.idOf(vacancy, allSkills).toString(),
                        Match.idOf(vacancy, oneSkill).toString());
        proposals.forEach(r -> assertThat(EventSamples.validate(MatchingEvents.MATCH_PROPOSED, r.value())).isEmpty());

        JsonNode eastsideView = Candidates.of(vacancy, Tokens.bearer("nia", "navigator", eastside));
        assertThat(eastsideView.get("candidates")).extracting(c -> c.get("partnerAgency").asText())
                .containsOnly(eastside);
        assertThat(Candidates.ids(Candidates.among(eastsideView, allSkills, oneSkill)))
                .containsExactly(allSkills.toString());
        assertThat(Candidates.ids(Candidates.among(Candidates.of(vacancy, Tokens.bearer("wes", "navigator",
                westside)), allSkills, oneSkill))).containsExactly(oneSkill.toString());
        assertThat(Candidates.ids(Candidates.among(Candidates.of(vacancy, Tokens.bearer("emma", "employer",
                employer.toString())), allSkills, oneSkill)))
                .containsExactly(allSkills.toString(), oneSkill.toString());
    }

    @Test
    void securityAndMissingVacanciesAnswerWithProblems() {
        UUID vacancy = UUID.randomUUID();
        UUID employer = UUID.randomUUID();
        Feed.awaitApplied(Feed.opened(vacancy, employer, Map.of(READING, "3")));
        String path = "/vacancies/" + vacancy + "/candidates";

        given().get(path).then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer not-a-token").get(path)
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("pat", "provider", "harbor-college")).get(path)
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("ann", "analyst", null)).get(path)
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("nia", "navigator", null)).get(path)
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("emma", "employer", UUID.randomUUID().toString())).get(path)
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:rungs:problem:not-found"));
        given().header("Authorization", Tokens.bearer("emma", "employer", null)).get(path)
                .then().statusCode(404).contentType("application/problem+json");
        given().header("Authorization", Tokens.bearer("emma", "employer", employer.toString())).get(path)
                .then().statusCode(200);
        given().header("Authorization", Candidates.ADMIN).get("/vacancies/" + UUID.randomUUID() + "/candidates")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:rungs:problem:not-found"));
        given().header("Authorization", Candidates.ADMIN).get("/vacancies/not-a-uuid/candidates")
                .then().statusCode(404).contentType("application/problem+json");
        Fuzz.uriTooLong(path, Candidates.ADMIN);

        Feed.awaitApplied(Feed.closed(vacancy, employer));
        given().header("Authorization", Candidates.ADMIN).get(path)
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:rungs:problem:not-found"));
    }

    @Test
    void healthMetricsAndApiDocsAreOpen() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
