package org.rungs.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.contracts.matching.MatchingEvents;
import org.rungs.contracts.training.TrainingEvents;
import org.rungs.matching.match.domain.Match;
import org.rungs.testing.EventSamples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Two candidates who meet a vacancy's skills alike are ordered by the other factors: the employer's CNA worker, who
 * holds the credential the step to LPN asks for, ranks before a job seeker whose evening cohort clashes with the shift,
 * whatever their ids; every factor comes with its value, weight and reason, on the list and in the event.
 */
@QuarkusTest
class RankingTest {

    static final String SKILL = "2.B.4.h"; // Systems Evaluation: no other test of this module asks for it
    static final String CNA = "11111111-2222-4333-8444-555555555501";
    static final String LPN = "11111111-2222-4333-8444-555555555502";

    @Test
    void theNextRungsWorkerWithTheCredentialRanksBeforeAJobSeekerWhoseCohortClashes() throws Exception {
        UUID ladder = UUID.randomUUID();
        UUID employer = UUID.randomUUID();
        Feed.awaitApplied(Feed.ladderPublished(ladder, 2));

        // the two ids in an order that would rank the job seeker first if only coverage counted
        UUID seeker = new UUID(0x1000000000000000L, UUID.randomUUID().getLeastSignificantBits());
        UUID worker = new UUID(0x7000000000000000L, UUID.randomUUID().getLeastSignificantBits());
        for (UUID p : List.of(seeker, worker)) {
            Feed.awaitApplied(Feed.enrolled(p, "eastside-works", true), Feed.skill(p, SKILL, "4"));
        }
        Feed.awaitApplied(hired(worker, employer, ladder), credential(worker, "State CNA certification"));
        UUID cohort = UUID.randomUUID();
        Feed.awaitApplied(cohort(cohort), enrolment(seeker, cohort));

        UUID vacancy = UUID.randomUUID();
        ObjectNode opened = Feed.openedData(vacancy, employer, Map.of(SKILL, "3"));
        opened.put("ladderId", ladder.toString()).put("rungId", LPN).put("tier", 2).put("hourlyWage", 20)
                .put("shift", "evening");
        Feed.awaitApplied(Feed.send(EmployerEvents.VACANCY_OPENED, vacancy, opened));

        List<JsonNode> listed = Candidates.among(Candidates.of(vacancy), seeker, worker);
        assertThat(Candidates.ids(listed)).containsExactly(worker.toString(), seeker.toString());
        JsonNode first = listed.get(0);
        assertThat(first.get("score").decimalValue()).isEqualByComparingTo("1");
        assertThat(factor(first, "rung-fit").get("value").decimalValue())
                .isEqualByComparingTo("1");
        assertThat(factor(first, "internal").get("value").decimalValue()).isEqualByComparingTo("1");
        assertThat(factor(first, "credentials").get("reason").asText()).isEqualTo("1 of 1 required credentials held");
        // 20 against the 16.5 an hour of the sample hire: 21 %, 0.8485 of a full gain
        assertThat(factor(first, "wage-gain").get("value").decimalValue()).isEqualByComparingTo("0.8485");
        JsonNode second = listed.get(1);
        assertThat(factor(second, "schedule").get("reason").asText())
                .isEqualTo("the evening shift clashes with their day-shift availability, childcare, a cohort "
                        + "meeting 18:00–21:00");
        assertThat(factor(second, "rung-fit").get("value").decimalValue()).isEqualByComparingTo("0");
        assertThat(first.get("rank").decimalValue()).isGreaterThan(second.get("rank").decimalValue());

        ConsumerRecord<String, String> proposal = Feed.KAFKA.await("rungs.match",
                r -> Match.idOf(vacancy, worker).toString().equals(r.key()), Duration.ofSeconds(30));
        assertThat(EventSamples.validate(MatchingEvents.MATCH_PROPOSED, proposal.value())).isEmpty();
        JsonNode event = Feed.read(proposal.value());
        assertThat(event.get("rank").decimalValue()).isEqualByComparingTo(first.get("rank").decimalValue());
        assertThat(event.get("factors")).hasSize(7);
    }

    static JsonNode factor(JsonNode candidate, String name) {
        for (JsonNode f : candidate.get("factors")) {
            if (f.get("factor").asText().equals(name)) {
                return f;
            }
        }
        throw new AssertionError("no factor " + name + " in " + candidate);
    }

    static String hired(UUID participant, UUID employer, UUID ladder) {
        UUID employment = UUID.randomUUID();
        ObjectNode data = EventSamples.sampleTree(EmployerEvents.HIRE_RECORDED).deepCopy();
        data.put("employmentId", employment.toString()).put("participantId", participant.toString())
                .put("employerId", employer.toString()).put("ladderId", ladder.toString()).put("rungId", CNA)
                .put("tier", 1).put("hourlyWage", 16.5);
        return Feed.send(EmployerEvents.HIRE_RECORDED, employment, data);
    }

    static String credential(UUID participant, String title) {
        ObjectNode data = EventSamples.sampleTree(TrainingEvents.CREDENTIAL_AWARDED).deepCopy();
        data.put("credentialId", UUID.randomUUID().toString()).put("participantId", participant.toString())
                .put("title", title);
        return Feed.send(TrainingEvents.CREDENTIAL_AWARDED, participant, data);
    }

    static String cohort(UUID cohort) {
        ObjectNode data = EventSamples.sampleTree(TrainingEvents.COHORT_SCHEDULED).deepCopy();
        data.put("cohortId", cohort.toString()).put("programId", UUID.randomUUID().toString())
                .put("startDate", LocalDate.now().minusDays(7).toString())
                .put("endDate", LocalDate.now().plusDays(60).toString());
        return Feed.send(TrainingEvents.COHORT_SCHEDULED, cohort, data);
    }

    static String enrolment(UUID participant, UUID cohort) {
        ObjectNode data = EventSamples.sampleTree(TrainingEvents.ENROLMENT_CHANGED).deepCopy();
        UUID enrolment = UUID.randomUUID();
        data.put("enrolmentId", enrolment.toString()).put("participantId", participant.toString())
                .put("cohortId", cohort.toString()).put("status", "enrolled");
        return Feed.send(TrainingEvents.ENROLMENT_CHANGED, enrolment, data);
    }
}
