package org.rungs.participant.participation.domain;

import java.time.LocalDate;

import org.rungs.spine.domain.DomainError;

/** A service, exclusion or support dated before the participant's program entry. */
public class DatedBeforeEntry extends DomainError {

    public DatedBeforeEntry(String what, LocalDate date, LocalDate entry) {
        super("A " + what + " dated " + date + " is before the participant's program entry on " + entry);
    }
}
