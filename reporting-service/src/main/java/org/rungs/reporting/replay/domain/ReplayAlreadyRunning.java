package org.rungs.reporting.replay.domain;

import org.rungs.spine.domain.DomainError;

/** One replay runs at a time, across every instance of reporting-service. */
public class ReplayAlreadyRunning extends DomainError {

    public ReplayAlreadyRunning() {
        super("A replay is already running");
    }
}
