package org.rungs.contracts.employer;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** {@code ladder.retired.v1}: a ladder is no longer offered; its last published version stays on record. */
public record LadderRetired(@NotNull UUID ladderId, @Positive int version, @NotNull Instant retiredAt) {
}
