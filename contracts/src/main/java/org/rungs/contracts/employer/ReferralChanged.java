package org.rungs.contracts.employer;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * {@code referral.changed.v1}: a referral of a participant to a vacancy moved to a stage: referred, accepted (by the
 * participant: from then on the employer may read their name and contact), interviewed, offered, hired, declined or
 * withdrawn; with who moved it.
 */
public record ReferralChanged(
        @NotNull UUID referralId,
        @NotNull UUID vacancyId,
        @NotNull UUID employerId,
        @NotNull UUID participantId,
        @NotBlank String partnerAgency,
        @NotBlank String stage,
        String previousStage,
        @NotBlank String changedBy,
        String reason,
        @NotNull Instant changedAt) {
}
