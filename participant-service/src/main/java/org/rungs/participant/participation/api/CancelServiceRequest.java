package org.rungs.participant.participation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a scheduled service will not take place. */
public record CancelServiceRequest(
        @NotBlank @Size(max = 500) @Schema(example = "Participant moved to a day shift") String reason) {
}
