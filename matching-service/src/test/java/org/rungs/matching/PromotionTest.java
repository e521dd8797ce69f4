package org.rungs.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.matching.match.domain.Match;
import org.rungs.testing.EventSamples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A promotion moves the worker's rung and wage: the open vacancy one step up from their new rung proposes them again,
 * now as their next rung.
 */
@QuarkusTest
class PromotionTest {

    static final String SKILL = "2.B.5.d"; // Management of Personnel Resources: no other test here asks for it
    static final String AIDE = "11111111-2222-4333-8444-555555555501";
    static final String CNA = "11111111-2222-4333-8444-555555555502";

    @Test
    void aPromotedWorkerIsProposedAgainForTheRungAboveTheirNewOne() throws Exception {
        UUID ladder = UUID.randomUUID();
        UUID lead = UUID.randomUUID();
        Feed.awaitApplied(Feed.send(EmployerEvents.LADDER_PUBLISHED, ladder, threeRungs(ladder, lead)));
        UUID worker = UUID.randomUUID();
        UUID employer = UUID.randomUUID();
        UUID employment = UUID.randomUUID();
        Feed.awaitApplied(Feed.enrolled(worker, "eastside-works", true), Feed.skill(worker, SKILL, "5"));
        ObjectNode hire = EventSamples.sampleTree(EmployerEvents.HIRE_RECORDED).deepCopy();
        hire.put("employmentId", employment.toString()).put("participantId", worker.toString())
                .put("employerId", employer.toString()).put("ladderId", ladder.toString()).put("rungId", AIDE)
                .put("occupationCode", "31-1122.00").put("hourlyWage", 16);
        Feed.awaitApplied(Feed.send(EmployerEvents.HIRE_RECORDED, employment, hire));

        UUID vacancy = UUID.randomUUID();
        ObjectNode opened = Feed.openedData(vacancy, UUID.randomUUID(), Map.of(SKILL, "4"));
        opened.put("ladderId", ladder.toString()).put("rungId", lead.toString()).put("tier", 3)
                .put("hourlyWage", 24).put("shift", "flexible");
        Feed.awaitApplied(Feed.send(EmployerEvents.VACANCY_OPENED, vacancy, opened));
        JsonNode before = Candidates.among(Candidates.of(vacancy), worker).get(0);
        assertThat(RankingTest.factor(before, "rung-fit").get("value").decimalValue()).isEqualByComparingTo("0");

        ObjectNode promotion = EventSamples.sampleTree(EmployerEvents.PROMOTION_RECORDED).deepCopy();
        promotion.put("promotionId", UUID.randomUUID().toString()).put("employmentId", employment.toString())
                .put("participantId", worker.toString()).put("employerId", employer.toString())
                .put("ladderId", ladder.toString()).put("fromRungId", AIDE).put("toRungId", CNA)
                .put("wageBefore", 16).put("wageAfter", 20);
        Feed.awaitApplied(Feed.send(EmployerEvents.PROMOTION_RECORDED, employment, promotion));

        JsonNode after = Candidates.among(Candidates.of(vacancy), worker).get(0);
        assertThat(RankingTest.factor(after, "rung-fit").get("value").decimalValue()).isEqualByComparingTo("1");
        // 24 against 20 now: 20 %, 0.8 of a full gain
        assertThat(RankingTest.factor(after, "wage-gain").get("value").decimalValue()).isEqualByComparingTo("0.8");
        assertThat(after.get("rank").decimalValue()).isGreaterThan(before.get("rank").decimalValue());
        Feed.awaitPublished();
        List<JsonNode> proposals = Feed.KAFKA.readToEnd("rungs.match",
                r -> Match.idOf(vacancy, worker).toString().equals(r.key())).stream().map(r -> Feed.read(r.value()))
                .toList();
        assertThat(proposals).as("proposed, then proposed again as the next rung").hasSize(2);
        assertThat(proposals.get(1).get("rank").decimalValue()).isEqualByComparingTo(after.get("rank").decimalValue());
    }

    /** The sample ladder with a third rung, a lead role reached from the CNA rung. */
    static ObjectNode threeRungs(UUID ladder, UUID lead) {
        ObjectNode data = Feed.ladder(ladder, 2);
        ArrayNode rungs = data.withArray("rungs");
        ObjectNode third = rungs.get(1).deepCopy();
        third.put("rungId", lead.toString()).put("tier", 3).put("occupationCode", "31-1131.00");
        third.withArray("requiredCredentials").removeAll();
        rungs.add(third);
        ObjectNode step = data.withArray("transitions").get(0).deepCopy();
        step.put("transitionId", UUID.randomUUID().toString()).put("fromRungId", CNA)
                .put("toRungId", lead.toString());
        data.withArray("transitions").add(step);
        return data;
    }
}
