package org.rungs.contracts.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.rungs.contracts.common.SkillLevel;

/**
 * {@code credential.awarded.v1}: a participant completed a program and was awarded its credential: its type
 * (recognised-postsecondary, secondary-diploma, industry-certificate or certificate-of-completion), the day, and the
 * skills taught with the level reached. Keyed by the participant, so their skills follow in order.
 */
public record CredentialAwarded(
        @NotNull UUID credentialId,
        @NotNull UUID participantId,
        @NotNull UUID programId,
        @NotNull UUID providerId,
        @NotNull UUID enrolmentId,
        @NotBlank String title,
        @NotBlank String type,
        @NotNull LocalDate awardedOn,
        @NotNull List<@Valid SkillLevel> skills,
        @NotNull Instant awardedAt) {
}
