package org.rungs.employer.agreement.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.rungs.spine.domain.DomainError;

/** An agreement ends once. */
public class AgreementEndedAlready extends DomainError {

    public AgreementEndedAlready(UUID id, LocalDate endedOn) {
        super("Agreement " + id + " ended on " + endedOn);
    }
}
