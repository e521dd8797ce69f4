package org.rungs.participant.participation.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rungs.participant.participation.application.RecordExclusion;
import org.rungs.participant.participation.domain.ExclusionReason;

/** Why, and from which day, a participant leaves performance measurement. */
public record RecordExclusionRequest(
        @NotNull @Schema(description = "institutionalized, health-medical, deceased, reserve-call-up, foster-care, ineligible or criminal-offender (PIRL 923)", example = "health-medical") ExclusionReason reason,
        @NotNull @Schema(description = "The day the reason arose; not in the future", example = "2026-10-05") LocalDate date,
        @Size(max = 1000) @Schema(example = "Surgery and recovery expected to last four months") String note) {

    RecordExclusion.Command command(UUID participantId, String recordedBy) {
        return new RecordExclusion.Command(participantId, reason, date, note, recordedBy);
    }
}
