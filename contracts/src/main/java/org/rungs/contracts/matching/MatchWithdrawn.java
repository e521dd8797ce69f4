package org.rungs.contracts.matching;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * {@code match.withdrawn.v1}: matching-service no longer proposes the participant for the vacancy. {@code reason}:
 * {@code consent-withdrawn} (the participant stopped sharing with employers), {@code vacancy-closed},
 * {@code vacancy-filled}, {@code outranked} (a better candidate took the last place of a full shortlist) or
 * {@code no-longer-qualifies} (the score fell below the minimum). A later {@code match.proposed.v1} for the same match
 * id proposes the participant again.
 */
public record MatchWithdrawn(
        @NotNull UUID matchId,
        @NotNull UUID vacancyId,
        @NotNull UUID employerId,
        @NotNull UUID participantId,
        @NotBlank @Pattern(regexp = "consent-withdrawn|vacancy-closed|vacancy-filled|outranked|no-longer-qualifies") String reason,
        @NotNull Instant withdrawnAt) {
}
