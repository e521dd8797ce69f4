package org.rungs.matching.vacancy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.common.SkillLevel;

/** What matching keeps of an open vacancy, without infrastructure. */
class VacancyTest {

    @Test
    void aVacancyRequiresEachElementOnceAndKnowsItsEmployer() {
        UUID employer = UUID.randomUUID();
        Vacancy v = Vacancy.opened(UUID.randomUUID(), employer, "CNA", "31-1131.00",
                List.of(new SkillLevel("2.A.1.a", BigDecimal.ONE)), Instant.now());
        assertThat(v.requiredSkills()).containsEntry("2.A.1.a", BigDecimal.ONE);
        assertThat(v.ofEmployer(employer.toString())).isTrue();
        assertThat(v.ofEmployer(UUID.randomUUID().toString())).isFalse();
        assertThatThrownBy(() -> Vacancy.opened(UUID.randomUUID(), employer, "CNA", "31-1131.00",
                List.of(new SkillLevel("2.A.1.a", BigDecimal.ONE), new SkillLevel("2.A.1.a", BigDecimal.TWO)),
                Instant.now())).isInstanceOf(SkillRequiredTwice.class).hasMessageContaining("2.A.1.a");
    }

    @Test
    void anInternalFirstWindowProposesIncumbentsOnlyThroughItsLastDay() {
        Vacancy v = Vacancy.opened(UUID.randomUUID(), UUID.randomUUID(), "CNA", "31-1131.00", List.of(),
                Instant.parse("2026-11-05T12:00:00Z"));
        java.time.LocalDate until = java.time.LocalDate.parse("2026-11-15");
        v.internalFirstUntil(until, java.time.LocalDate.parse("2026-11-05"));
        assertThat(v.incumbentsOnly()).isTrue();
        assertThat(v.windowPassedBy(until)).isFalse();
        assertThat(v.incumbentsOnly()).isTrue();
        assertThat(v.windowPassedBy(until.plusDays(1))).isTrue();
        assertThat(v.incumbentsOnly()).isFalse();
        assertThat(v.windowPassedBy(until.plusDays(2))).as("once").isFalse();

        Vacancy late = Vacancy.opened(UUID.randomUUID(), UUID.randomUUID(), "CNA", "31-1131.00", List.of(),
                Instant.parse("2026-11-05T12:00:00Z"));
        late.internalFirstUntil(until, until.plusDays(1));
        assertThat(late.incumbentsOnly()).as("read after its window").isFalse();
    }
}
