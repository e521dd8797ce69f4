package org.rungs.contracts.employer;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** {@code employer.joined.v1}: an employer joined the network. {@code naicsCode} is a 2–6 digit NAICS code. */
public record EmployerJoined(
        @NotNull UUID employerId,
        @NotBlank String name,
        @NotBlank String naicsCode,
        @NotBlank String sizeBand,
        @NotNull Instant joinedAt) {
}
