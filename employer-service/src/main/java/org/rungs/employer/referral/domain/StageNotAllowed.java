package org.rungs.employer.referral.domain;

import java.util.UUID;

import org.rungs.spine.domain.DomainError;

/** A referral moves only to a stage that follows its current one (hired, declined and withdrawn are final). */
public class StageNotAllowed extends DomainError {

    public StageNotAllowed(UUID id, Stage from, Stage to) {
        super("Referral " + id + " cannot move from " + from.wire() + " to " + to.wire()
                + (from.next().isEmpty() ? " (" + from.wire() + " is final)" : "; next: " + from.next()));
    }
}
