package org.rungs.participant.participation.domain;

import java.time.LocalDate;
import java.util.UUID;

import org.rungs.spine.domain.DomainError;

/** A service whose day has come was delivered: it cannot be cancelled. */
public class ServiceDelivered extends DomainError {

    public ServiceDelivered(UUID serviceId, LocalDate date) {
        super("Service " + serviceId + " of " + date + " was delivered; only a scheduled service can be cancelled");
    }
}
