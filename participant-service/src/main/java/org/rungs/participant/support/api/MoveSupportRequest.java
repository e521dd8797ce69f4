package org.rungs.participant.support.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rungs.participant.support.domain.SupportOutcome;

/** A support referral moves on: it started, or it ended with an outcome. */
public record MoveSupportRequest(
        @NotNull @Schema(description = "started or ended", example = "started") Move status,
        @Schema(description = "How it ended: completed, declined or unavailable; required when status is ended") SupportOutcome outcome,
        @Schema(description = "The day it happened; today when absent", example = "2026-11-10") LocalDate on) {

    /** The moves a navigator records; a referral is created by the POST. */
    public enum Move {

        STARTED, ENDED;

        @com.fasterxml.jackson.annotation.JsonValue
        public String wire() {
            return name().toLowerCase();
        }
    }
}
