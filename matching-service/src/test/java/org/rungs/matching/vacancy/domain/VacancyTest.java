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
}
