package org.rungs.matching.index.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.rungs.matching.match.domain.Evaluation;

/** The index answers what weighing every participant one by one ({@link Evaluation}) answers. */
class SkillIndexTest {

    static final List<String> ELEMENTS = List.of("2.A.1.a", "2.A.1.b", "2.A.1.c", "2.A.1.d", "2.A.2.a", "2.B.1.a",
            "2.B.1.b", "2.B.1.e", "2.B.1.f", "2.B.3.g", "2.B.3.h", "2.B.5.d");

    static BigDecimal level(Random rng) {
        return BigDecimal.valueOf(rng.nextInt(701), 2);
    }

    static Map<String, BigDecimal> skills(Random rng, int n) {
        Map<String, BigDecimal> skills = new HashMap<>();
        while (skills.size() < n) {
            skills.put(ELEMENTS.get(rng.nextInt(ELEMENTS.size())), level(rng));
        }
        return skills;
    }

    /** The shortlist the rule gives when each participant is weighed on their own. */
    static List<SkillIndex.Hit> bruteForce(Map<UUID, Map<String, BigDecimal>> people, Map<String, BigDecimal> required,
            int minMet, int limit) {
        List<SkillIndex.Hit> hits = new ArrayList<>();
        people.forEach((id, skills) -> {
            int met = Evaluation.of(required, skills).met().size();
            if (met >= Math.max(1, minMet)) {
                hits.add(new SkillIndex.Hit(id, met, required.size()));
            }
        });
        hits.sort(Comparator.comparingInt(SkillIndex.Hit::met).reversed()
                .thenComparing(h -> h.participantId().toString()));
        return hits.subList(0, Math.min(limit, hits.size()));
    }

    @RepeatedTest(20)
    void aShortlistIsWhatWeighingEveryoneGivesWhateverTheWritesBefore(RepetitionInfo repetition) {
        Random rng = new Random(repetition.getCurrentRepetition());
        SkillIndex index = new SkillIndex();
        Map<UUID, Map<String, BigDecimal>> people = new HashMap<>();
        List<UUID> ids = new ArrayList<>();
        int people0 = repetition.getCurrentRepetition() % 4 == 0 ? 2500 : 400; // past the first slots' capacity
        for (int i = 0; i < people0; i++) {
            UUID id = new UUID(rng.nextLong(), rng.nextLong());
            ids.add(id);
            Map<String, BigDecimal> skills = skills(rng, 1 + rng.nextInt(8));
            index.replace(id, skills);
            people.put(id, new HashMap<>(skills));
        }
        for (int i = 0; i < 600; i++) {
            UUID id = ids.get(rng.nextInt(ids.size()));
            switch (rng.nextInt(4)) {
                case 0 -> {
                    index.remove(id);
                    people.remove(id);
                }
                case 1 -> {
                    Map<String, BigDecimal> skills = skills(rng, 1 + rng.nextInt(8));
                    index.replace(id, skills);
                    people.put(id, new HashMap<>(skills));
                }
                default -> {
                    String element = ELEMENTS.get(rng.nextInt(ELEMENTS.size()));
                    BigDecimal level = level(rng);
                    index.put(id, element, level);
                    people.computeIfAbsent(id, k -> new HashMap<>()).merge(element, level, BigDecimal::max);
                }
            }
        }

        assertThat(index.size()).isEqualTo(people.size());
        for (int q = 0; q < 20; q++) {
            Map<String, BigDecimal> required = skills(rng, 1 + rng.nextInt(6));
            int minMet = rng.nextInt(required.size() + 1);
            int limit = 1 + rng.nextInt(60);
            assertThat(index.shortlist(required, minMet, limit, null))
                    .isEqualTo(bruteForce(people, required, minMet, limit));
        }
        UUID someone = ids.get(0);
        assertThat(index.skillsOf(someone)).isEqualTo(people.getOrDefault(someone, Map.of()));
    }

    @Test
    void aBetterLevelIsKeptAndARemovedParticipantIsNeverFound() {
        SkillIndex index = new SkillIndex();
        UUID maria = UUID.randomUUID();
        UUID sam = UUID.randomUUID();
        index.put(maria, "2.B.1.f", new BigDecimal("4"));
        index.put(maria, "2.B.1.f", new BigDecimal("3"));
        index.put(sam, "2.B.1.f", new BigDecimal("3.88"));

        assertThat(index.skillsOf(maria)).containsEntry("2.B.1.f", new BigDecimal("4.00"));
        assertThat(index.shortlist(Map.of("2.B.1.f", new BigDecimal("3.88")), 1, 10, null))
                .extracting(SkillIndex.Hit::participantId).containsExactlyInAnyOrder(maria, sam);
        assertThat(index.shortlist(Map.of("2.B.1.f", new BigDecimal("3.88")), 1, 10, java.util.Set.of(maria)))
                .extracting(SkillIndex.Hit::participantId).containsExactly(maria);

        assertThat(index.remove(maria)).isTrue();
        assertThat(index.remove(maria)).isFalse();
        assertThat(index.shortlist(Map.of("2.B.1.f", new BigDecimal("1")), 1, 10, null))
                .extracting(SkillIndex.Hit::participantId).containsExactly(sam);
        assertThat(index.contains(maria)).isFalse();
    }

    @Test
    void everyLevelOnABoundaryOfTheBitsetsOrTheListsIsMetExactlyFromItsRequirementUp() {
        List<String> boundaries = List.of("0", "0.01", "0.49", "0.5", "0.51", "3.5", "3.59", "3.6", "3.62", "3.69",
                "3.7", "3.99", "4", "6.99", "7");
        SkillIndex index = new SkillIndex();
        Map<UUID, BigDecimal> held = new HashMap<>();
        for (String level : boundaries) {
            UUID id = UUID.randomUUID();
            index.put(id, "2.B.1.f", new BigDecimal(level));
            held.put(id, new BigDecimal(level));
        }
        for (String required : boundaries) {
            BigDecimal r = new BigDecimal(required);
            assertThat(index.shortlist(Map.of("2.B.1.f", r), 1, 100, null))
                    .extracting(SkillIndex.Hit::participantId).as("required %s", required)
                    .containsExactlyInAnyOrderElementsOf(held.entrySet().stream()
                            .filter(e -> e.getValue().compareTo(r) >= 0).map(Map.Entry::getKey).toList());
        }
    }

    @RepeatedTest(10)
    void theReverseQueryIsWhatWeighingEveryVacancyGives(RepetitionInfo repetition) {
        Random rng = new Random(100 + repetition.getCurrentRepetition());
        VacancyIndex index = new VacancyIndex();
        Map<UUID, Map<String, BigDecimal>> vacancies = new HashMap<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            UUID id = new UUID(rng.nextLong(), rng.nextLong());
            Map<String, BigDecimal> required = skills(rng, 1 + rng.nextInt(6));
            index.put(id, required);
            vacancies.put(id, required);
            ids.add(id);
            if (rng.nextInt(5) == 0) {
                UUID closed = ids.get(rng.nextInt(ids.size()));
                index.remove(closed);
                vacancies.remove(closed);
            }
        }
        for (int q = 0; q < 20; q++) {
            Map<String, BigDecimal> skills = skills(rng, 1 + rng.nextInt(10));
            double minShare = rng.nextInt(5) / 4.0;
            List<VacancyIndex.Hit> expected = new ArrayList<>();
            vacancies.forEach((id, required) -> {
                int met = Evaluation.of(required, skills).met().size();
                if (met > 0 && (double) met / required.size() >= minShare) {
                    expected.add(new VacancyIndex.Hit(id, met, required.size()));
                }
            });
            expected.sort(Comparator.comparingDouble(VacancyIndex.Hit::share).reversed()
                    .thenComparing(h -> h.vacancyId().toString()));
            assertThat(index.qualifying(skills, minShare)).isEqualTo(expected);
        }
        assertThat(index.size()).isEqualTo(vacancies.size());
    }
}
