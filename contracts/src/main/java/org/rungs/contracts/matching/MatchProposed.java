package org.rungs.contracts.matching;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.rungs.contracts.common.SkillGap;

/**
 * {@code match.proposed.v1}: matching-service proposes a consenting participant for an open vacancy. {@code score} is
 * the share of required skills met at the required level (0–1); {@code met} and {@code missing} explain it.
 * {@code rank} (0–1) orders the vacancy's candidates: the weighted mean of {@code factors}, each with its value, weight
 * and reason (both added in 2026-12; absent from earlier proposals). A later proposal for the same match id (the same
 * vacancy and participant) supersedes an earlier one.
 */
public record MatchProposed(
        @NotNull UUID matchId,
        @NotNull UUID vacancyId,
        @NotNull UUID employerId,
        @NotNull UUID participantId,
        @NotBlank String partnerAgency,
        @NotNull @DecimalMin("0") @DecimalMax("1") BigDecimal score,
        @NotNull List<@Valid SkillGap> met,
        @NotNull List<@Valid SkillGap> missing,
        @NotNull Instant proposedAt,
        @DecimalMin("0") @DecimalMax("1") BigDecimal rank,
        List<@Valid RankFactor> factors) {
}
