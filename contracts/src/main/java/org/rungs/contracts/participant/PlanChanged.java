package org.rungs.contracts.participant;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * {@code plan.changed.v1}: a participant's career advancement plan, whole, after any change (started, a step added or
 * done, a review, closed as achieved or abandoned). Step descriptions and review notes stay in participant-service.
 */
public record PlanChanged(
        @NotNull UUID planId,
        @NotNull UUID participantId,
        @NotBlank String partnerAgency,
        @NotNull UUID goalLadderId,
        @NotNull UUID goalRungId,
        @Positive int goalTier,
        @NotBlank String status,
        @NotNull LocalDate startedOn,
        LocalDate closedOn,
        @NotNull List<@Valid Step> steps,
        LocalDate lastReviewedOn,
        @NotNull LocalDate nextReviewDue,
        @NotNull Instant changedAt) {

    /** A step: training, credential, promotion or other, its target date, and the day it was done. */
    public record Step(@NotNull UUID stepId, @NotBlank String kind, @NotNull LocalDate targetDate, LocalDate doneOn) {
    }
}
