package org.rungs.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.rungs.contracts.matching.MatchingEvents;
import org.rungs.matching.index.application.CandidateIndex;
import org.rungs.matching.match.application.ParticipantFact;
import org.rungs.matching.match.application.Reevaluate;
import org.rungs.matching.match.domain.Match;
import org.rungs.spine.events.CloudEventHeaders;
import org.rungs.spine.events.EventJson;
import org.rungs.testing.EventSamples;
import org.rungs.testing.KafkaProbe;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;

/** Participants are weighed again as their skills grow and their consent changes. */
@QuarkusTest
class ReevaluationTest {

    static final String CRITICAL_THINKING = "2.A.2.a";
    static final String INSTRUCTING = "2.B.1.e";

    @Inject
    CandidateIndex index;

    @Inject
    Reevaluate reevaluate;

    @Test
    void aSkillReadAgainIsWeighedThoughTheIndexTookItTheFirstTime() {
        UUID vacancy = UUID.randomUUID();
        Feed.awaitApplied(Feed.opened(vacancy, UUID.randomUUID(), Map.of(CRITICAL_THINKING, "4")));
        UUID participant = UUID.randomUUID();
        Feed.awaitApplied(Feed.enrolled(participant, "eastside-" + UUID.randomUUID(), true),
                Feed.skill(participant, CRITICAL_THINKING, "2"));
        assertThat(Candidates.among(Candidates.of(vacancy), participant)).isEmpty();

        // a batch that failed after the index took the skill: read as new, the skill grows nothing and is not weighed
        index.attained(participant, CRITICAL_THINKING, new BigDecimal("4.5"));
        reevaluate.apply(List.of(attained(participant, false)), "rungs.participant", Map.of());
        assertThat(Candidates.among(Candidates.of(vacancy), participant)).isEmpty();

        // read again, as the feed marks what it reads again: weighed
        reevaluate.apply(List.of(attained(participant, true)), "rungs.participant", Map.of());
        assertThat(Candidates.among(Candidates.of(vacancy), participant)).hasSize(1);
    }

    private static ParticipantFact attained(UUID participant, boolean again) {
        return new ParticipantFact.Attained(participant, CRITICAL_THINKING, new BigDecimal("4.5"), Long.MAX_VALUE - 1,
                Instant.now(), again);
    }

    @Test
    void aSkillAttainedReevaluatesTheParticipantAgainstOpenVacancies() throws Exception {
        UUID vacancy = UUID.randomUUID();
        Feed.awaitApplied(Feed.opened(vacancy, UUID.randomUUID(), Map.of(CRITICAL_THINKING, "4", INSTRUCTING, "3")));
        UUID participant = UUID.randomUUID();
        String agency = "northside-" + UUID.randomUUID();
        Feed.awaitApplied(Feed.enrolled(participant, agency, true), Feed.skill(participant, INSTRUCTING, "2"));
        assertThat(Candidates.among(Candidates.of(vacancy), participant)).isEmpty();

        String matchId = Match.idOf(vacancy, participant).toString();
        Feed.awaitApplied(Feed.skill(participant, CRITICAL_THINKING, "4.5"));
        List<JsonNode> mine = Candidates.among(Candidates.of(vacancy), participant);
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("score").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(mine.get(0).get("missing").get(0).get("participantLevel").decimalValue())
                .isEqualByComparingTo("2");
        JsonNode first = EventJson.mapper().readTree(
                Feed.KAFKA.await("rungs.match", r -> matchId.equals(r.key()), Duration.ofSeconds(30)).value());
        assertThat(first.get("score").decimalValue()).isEqualByComparingTo("0.5");

        Feed.awaitApplied(Feed.skill(participant, INSTRUCTING, "3"));
        mine = Candidates.among(Candidates.of(vacancy), participant);
        assertThat(mine.get(0).get("score").decimalValue()).isEqualByComparingTo("1");
        assertThat(mine.get(0).get("missing")).isEmpty();

        Feed.awaitApplied(Feed.skill(participant, CRITICAL_THINKING, "3"), Feed.skill(participant, INSTRUCTING, "3"));
        mine = Candidates.among(Candidates.of(vacancy), participant);
        assertThat(mine.get(0).get("met").get(0).get("participantLevel").decimalValue()).isEqualByComparingTo("4.5");

        Feed.awaitPublished();
        List<ConsumerRecord<String, String>> proposals = Feed.KAFKA.readToEnd("rungs.match",
                r -> matchId.equals(r.key()));
        List<BigDecimal> scores = new ArrayList<>();
        for (ConsumerRecord<String, String> r : proposals) {
            scores.add(EventJson.mapper().readTree(r.value()).get("score").decimalValue());
        }
        assertThat(scores).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("0.5"), BigDecimal.ONE);
        proposals.forEach(r -> assertThat(EventSamples.validate(MatchingEvents.MATCH_PROPOSED, r.value())).isEmpty());
    }

    @Test
    void withdrawingConsentLeavesEveryCandidateListAtOnceUntilConsentIsGrantedAgain() {
        UUID participant = UUID.randomUUID();
        String agency = "southside-" + UUID.randomUUID();
        Feed.awaitApplied(Feed.enrolled(participant, agency, true), Feed.skill(participant, CRITICAL_THINKING, "5"),
                Feed.skill(participant, INSTRUCTING, "4"));
        UUID before = UUID.randomUUID();
        Feed.awaitApplied(Feed.opened(before, UUID.randomUUID(), Map.of(CRITICAL_THINKING, "4", INSTRUCTING, "3")));
        assertThat(Candidates.among(Candidates.of(before), participant)).hasSize(1);

        Feed.awaitApplied(Feed.consent(participant, false, Map.of()));
        assertThat(Candidates.among(Candidates.of(before), participant)).isEmpty();
        ConsumerRecord<String, String> withdrawal = Feed.KAFKA.await("rungs.match",
                r -> Match.idOf(before, participant).toString().equals(r.key())
                        && "match.withdrawn.v1".equals(KafkaProbe.header(r, CloudEventHeaders.TYPE)),
                Duration.ofSeconds(30));
        assertThat(EventSamples.validate(MatchingEvents.MATCH_WITHDRAWN, withdrawal.value())).isEmpty();
        assertThat(Feed.read(withdrawal.value()).get("reason").asText()).isEqualTo("consent-withdrawn");

        UUID during = UUID.randomUUID();
        Feed.awaitApplied(Feed.skill(participant, CRITICAL_THINKING, "6"),
                Feed.opened(during, UUID.randomUUID(), Map.of(CRITICAL_THINKING, "4")));
        assertThat(Candidates.among(Candidates.of(before), participant)).isEmpty();
        assertThat(Candidates.among(Candidates.of(during), participant)).isEmpty();
        Feed.awaitPublished();
        assertThat(Feed.KAFKA.readToEnd("rungs.match", r -> Match.idOf(during, participant).toString().equals(
                r.key()))).isEmpty();

        Feed.awaitApplied(Feed.consent(participant, true, Map.of(CRITICAL_THINKING, "5", INSTRUCTING, "2")));
        List<JsonNode> back = Candidates.among(Candidates.of(before), participant);
        assertThat(back).hasSize(1);
        assertThat(back.get(0).get("score").decimalValue()).isEqualByComparingTo("0.5");
        assertThat(back.get(0).get("met").get(0).get("participantLevel").decimalValue()).isEqualByComparingTo("5");
        assertThat(Candidates.among(Candidates.of(during), participant)).hasSize(1);
        Feed.KAFKA.await("rungs.match", r -> Match.idOf(during, participant).toString().equals(r.key()),
                Duration.ofSeconds(30));
    }
}
