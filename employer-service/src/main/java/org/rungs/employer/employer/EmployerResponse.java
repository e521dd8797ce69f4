package org.rungs.employer.employer;

import java.time.Instant;
import java.util.UUID;

public record EmployerResponse(UUID id, String name, String naicsCode, SizeBand sizeBand, Instant joinedAt) {

    static EmployerResponse of(Employer e) {
        return new EmployerResponse(e.id, e.name, e.naicsCode, e.sizeBand, e.joinedAt);
    }
}
