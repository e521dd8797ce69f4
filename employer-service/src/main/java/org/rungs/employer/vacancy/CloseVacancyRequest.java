package org.rungs.employer.vacancy;

import jakarta.validation.constraints.NotNull;

public record CloseVacancyRequest(@NotNull CloseReason reason) {
}
