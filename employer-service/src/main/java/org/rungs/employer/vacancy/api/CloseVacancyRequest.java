package org.rungs.employer.vacancy.api;

import jakarta.validation.constraints.NotNull;

import org.rungs.employer.vacancy.domain.CloseReason;

public record CloseVacancyRequest(@NotNull CloseReason reason) {
}
