package org.rungs.participant.participation.api;

import jakarta.inject.Singleton;

import org.rungs.participant.participation.domain.DatedBeforeEntry;
import org.rungs.participant.participation.domain.ExitAlreadyAnnounced;
import org.rungs.participant.participation.domain.ServiceDelivered;
import org.rungs.participant.participation.domain.ServiceRefused;
import org.rungs.spine.problem.DomainProblems;
import org.rungs.spine.problem.ProblemCatalog;

/** How the services, exit and exclusion domain errors are answered (docs/errors.md). */
@Singleton
public class ParticipationProblems implements DomainProblems {

    @Override
    public void register(ProblemCatalog problems) {
        problems.mapFields(ServiceRefused.class, 422, "service-refused", "Service refused")
                .map(DatedBeforeEntry.class, 409, "dated-before-entry", "Dated before program entry")
                .map(ExitAlreadyAnnounced.class, 409, "exit-already-announced", "Exit already announced")
                .map(ServiceDelivered.class, 409, "service-delivered", "Service delivered");
    }
}
