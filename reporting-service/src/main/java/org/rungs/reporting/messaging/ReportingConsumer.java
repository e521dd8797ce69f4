package org.rungs.reporting.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.rungs.reporting.projection.application.Projection;
import org.rungs.spine.messaging.EventHandlers;
import org.rungs.spine.messaging.Handlers;

/**
 * reporting-service's one inbound consumer: every projection's handlers (see the projection classes in
 * {@code projection/persistence}: each names the events it follows).
 */
@ApplicationScoped
public class ReportingConsumer implements EventHandlers {

    private final Instance<Projection> projections;

    public ReportingConsumer(Instance<Projection> projections) {
        this.projections = projections;
    }

    @Override
    public void register(Handlers on) {
        projections.forEach(p -> p.register(on));
    }
}
