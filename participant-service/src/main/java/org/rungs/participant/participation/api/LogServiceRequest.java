package org.rungs.participant.participation.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rungs.participant.participation.application.KeepServicesLog;
import org.rungs.participant.participation.domain.ServiceKind;

/** A service delivered on a day, or (a day ahead) scheduled for it. */
public record LogServiceRequest(
        @NotNull @Schema(description = "career-service, training, support-service, follow-up, self-service or information-only", example = "career-service") ServiceKind kind,
        @NotNull @Schema(description = "The day of the service: today or earlier when delivered, later when scheduled (at most a year ahead)", example = "2026-11-02") LocalDate date,
        @Size(max = 500) @Schema(example = "Career plan review; CNA cohort application") String description) {

    KeepServicesLog.Command command(UUID participantId, String recordedBy) {
        return new KeepServicesLog.Command(participantId, kind, date, description, recordedBy);
    }
}
