package org.rungs.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.rungs.matching.index.application.CandidateIndex;
import org.rungs.matching.index.domain.VacancyIndex;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A full shortlist bars the participants who cannot enter it, whatever else they bring: the participant feed passes
 * over them without weighing. A withdrawal that leaves room lifts the bar, and the next skill such a participant
 * attains proposes them.
 */
@QuarkusTest
class ShortlistBarTest {

    // elements no other test's participant holds, so that only this test's participants are proposed
    static final String JUDGMENT = "2.B.4.e";
    static final String SYSTEMS_ANALYSIS = "2.B.4.g";
    /** The default weights of coverage and level gaps, as the feed weighs a participant's fit against the bars. */
    static final VacancyIndex.Scale SCALE = new VacancyIndex.Scale(0.40, 0.15);

    @Inject
    CandidateIndex index;

    @Test
    void aFullShortlistBarsWhoCannotEnterItUntilAWithdrawalLeavesRoom() {
        UUID vacancy = UUID.randomUUID();
        Feed.awaitApplied(Feed.opened(vacancy, UUID.randomUUID(), Map.of(JUDGMENT, "4", SYSTEMS_ANALYSIS, "4")));
        List<UUID> full = new ArrayList<>();
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            UUID participant = UUID.randomUUID();
            full.add(participant);
            events.add(Feed.enrolled(participant, "northside", true));
            events.add(Feed.skill(participant, JUDGMENT, "5"));
            events.add(Feed.skill(participant, SYSTEMS_ANALYSIS, "5"));
        }
        // one of two skills met, the other at an eighth of its level: whatever else they bring, below all fifty
        UUID newcomer = UUID.randomUUID();
        events.add(Feed.enrolled(newcomer, "eastside", true));
        events.add(Feed.skill(newcomer, JUDGMENT, "5"));
        events.add(Feed.skill(newcomer, SYSTEMS_ANALYSIS, "0.5"));
        Feed.awaitApplied(events.toArray(String[]::new));
        assertThat(Candidates.of(vacancy).get("candidates")).hasSize(50);
        assertThat(Candidates.among(Candidates.of(vacancy), newcomer)).isEmpty();
        // the bar is raised once the feed's transaction committed, a moment after its position shows
        await("the full list's bar").atMost(Feed.PATIENCE).until(() -> passedOver(newcomer, vacancy));

        Feed.awaitApplied(Feed.consent(full.get(0), false, Map.of()));
        assertThat(Candidates.of(vacancy).get("candidates")).hasSize(49);
        assertThat(passedOver(newcomer, vacancy)).as("room on the list: no bar (lowered before the commit)").isFalse();

        Feed.awaitApplied(Feed.skill(newcomer, SYSTEMS_ANALYSIS, "1"));
        assertThat(Candidates.among(Candidates.of(vacancy), newcomer)).as("proposed on their next skill").hasSize(1);
        assertThat(Candidates.of(vacancy).get("candidates")).hasSize(50);
    }

    /** Whether the reverse query passes over the vacancy for the participant's skills as they are. */
    private boolean passedOver(UUID participant, UUID vacancy) {
        Set<UUID> found = new HashSet<>();
        index.grown(index.probe(index.skillsOf(participant)), Map.of(SYSTEMS_ANALYSIS, BigDecimal.ZERO),
                new BigDecimal("0.5"), SCALE, (id, fit) -> found.add(id));
        return !found.contains(vacancy);
    }
}
