package org.rungs.employer.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.contracts.participant.ParticipantEvents;
import org.rungs.contracts.training.TrainingEvents;
import org.rungs.employer.candidate.application.KeepCandidates;
import org.rungs.employer.program.application.KeepPrograms;
import org.rungs.spine.messaging.EventHandlers;
import org.rungs.spine.messaging.Handlers;

/** employer-service's one inbound consumer: the events it handles and the use case each runs. */
@ApplicationScoped
public class EmployerConsumer implements EventHandlers {

    private final KeepPrograms programs;
    private final KeepCandidates candidates;

    public EmployerConsumer(KeepPrograms programs, KeepCandidates candidates) {
        this.programs = programs;
        this.candidates = candidates;
    }

    @Override
    public void register(Handlers on) {
        on.on(TrainingEvents.PROGRAM_PUBLISHED, programs::published)
                .on(ParticipantEvents.PARTICIPANT_ENROLLED, candidates::enrolled)
                .on(ParticipantEvents.CONSENT_CHANGED, candidates::consentChanged)
                .on(ParticipantEvents.SKILL_ATTAINED, candidates::skillAttained);
    }
}
