package org.rungs.contracts.participant;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.rungs.contracts.common.SkillLevel;

/**
 * {@code consent.changed.v1}: a participant granted or withdrew consent to share their profile with employers. When
 * consent is granted, {@code skills} carries the participant's current skills (best level per element) so a consumer
 * that dropped the participant on withdrawal can take them back whole; when withdrawn it is empty.
 */
public record ConsentChanged(
        @NotNull UUID participantId,
        boolean shareWithEmployers,
        @NotNull List<@Valid SkillLevel> skills,
        @NotNull Instant changedAt) {
}
