package org.rungs.participant.support.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rungs.participant.participant.domain.Barrier;
import org.rungs.participant.support.application.KeepSupports;

/** A referral to a support provider for one of the participant's barriers. */
public record ReferSupportRequest(
        @NotNull @Schema(example = "childcare") Barrier barrier,
        @NotBlank @Size(max = 200) @Schema(example = "Eastside Family Childcare Network") String provider,
        @Size(max = 500) @Schema(example = "Subsidised evening care while in the CNA cohort") String description,
        @Schema(description = "The day of the referral, for one recorded late; today when absent", example = "2026-11-03") LocalDate on) {

    KeepSupports.Referral referral(UUID participantId, String referredBy) {
        return new KeepSupports.Referral(participantId, barrier, provider, description, on, referredBy);
    }
}
