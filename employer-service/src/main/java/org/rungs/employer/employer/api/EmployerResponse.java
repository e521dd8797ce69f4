package org.rungs.employer.employer.api;

import java.time.Instant;
import java.util.UUID;

import org.rungs.employer.employer.domain.Employer;
import org.rungs.employer.employer.domain.SizeBand;

public record EmployerResponse(UUID id, String name, String naicsCode, SizeBand sizeBand, Instant joinedAt) {

    static EmployerResponse of(Employer e) {
        return new EmployerResponse(e.id(), e.name(), e.naicsCode(), e.sizeBand(), e.joinedAt());
    }
}
