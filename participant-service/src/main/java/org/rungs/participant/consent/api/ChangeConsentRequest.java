package org.rungs.participant.consent.api;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The participant's decision on sharing their profile (skills, occupation, wage) with employers. */
public record ChangeConsentRequest(
        @NotNull @Schema(description = "true to share with employers, false to withdraw") Boolean shareWithEmployers) {
}
