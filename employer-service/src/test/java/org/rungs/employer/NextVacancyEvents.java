package org.rungs.employer;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.spine.events.EventDeclarations;
import org.rungs.spine.events.EventType;

/**
 * A {@code vacancy.opened.v2} that exists only in this test tree: a breaking change (the wage becomes a band), declared
 * beside {@code v1} on the same topic, as the producer would while its consumers move over.
 */
public final class NextVacancyEvents implements EventDeclarations {

    public record WageBand(@NotNull BigDecimal from, @NotNull BigDecimal to) {
    }

    public record VacancyOpenedV2(@NotNull UUID vacancyId, @NotNull UUID employerId, @NotNull WageBand wage,
            @NotNull Instant openedAt) {
    }

    public static final EventType<VacancyOpenedV2> VACANCY_OPENED_V2 = EmployerEvents.VACANCIES.event(
            "vacancy.opened.v2", VacancyOpenedV2.class, VacancyOpenedV2::vacancyId, VacancyOpenedV2::openedAt);
}
