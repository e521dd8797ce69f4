package org.rungs.employer.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.contracts.training.TrainingEvents;
import org.rungs.employer.program.application.KeepPrograms;
import org.rungs.spine.messaging.EventHandlers;
import org.rungs.spine.messaging.Handlers;

/** employer-service's one inbound consumer: the events it handles and the use case each runs. */
@ApplicationScoped
public class EmployerConsumer implements EventHandlers {

    private final KeepPrograms programs;

    public EmployerConsumer(KeepPrograms programs) {
        this.programs = programs;
    }

    @Override
    public void register(Handlers on) {
        on.on(TrainingEvents.PROGRAM_PUBLISHED, programs::published);
    }
}
