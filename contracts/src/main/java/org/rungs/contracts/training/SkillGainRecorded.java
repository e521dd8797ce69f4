package org.rungs.contracts.training;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * {@code skill-gain.recorded.v1}: a measurable skill gain (WIOA; TEGL 10-16, Change 3) of a participant in training, of
 * one of the five types: educational-functioning-level, secondary-diploma, transcript, training-milestone, skills-exam;
 * dated the day it was achieved.
 */
public record SkillGainRecorded(
        @NotNull UUID gainId,
        @NotNull UUID enrolmentId,
        @NotNull UUID participantId,
        @NotNull UUID programId,
        @NotBlank String type,
        @NotNull LocalDate achievedOn,
        @NotNull Instant recordedAt) {
}
