package org.rungs.contracts.participant;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * {@code participant.barriers-changed.v1}: a navigator updated a participant's barriers to employment (one found later,
 * one resolved); {@code barriers} is the whole current list.
 */
public record BarriersChanged(
        @NotNull UUID participantId,
        @NotNull List<String> barriers,
        @NotNull Instant changedAt) {
}
