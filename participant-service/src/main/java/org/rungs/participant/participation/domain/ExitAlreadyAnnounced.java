package org.rungs.participant.participation.domain;

import java.time.LocalDate;

import org.rungs.spine.domain.DomainError;

/**
 * A service dated inside the 90 days that made an announced exit: the exit stands (outcomes are measured from it), so
 * the service cannot go back into that gap. A service after the 90 days starts a new period.
 */
public class ExitAlreadyAnnounced extends DomainError {

    public ExitAlreadyAnnounced(LocalDate serviceDate, LocalDate exitDate) {
        super("The participant exited on " + exitDate + " (announced once 90 days passed without service); a service "
                + "dated " + serviceDate + " falls in those 90 days. Log services from "
                + exitDate.plusDays(ExitRule.DAYS + 1) + " on: they start a new period of participation");
    }
}
