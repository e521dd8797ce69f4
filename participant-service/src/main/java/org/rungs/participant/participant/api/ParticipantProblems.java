package org.rungs.participant.participant.api;

import jakarta.inject.Singleton;

import org.rungs.participant.participant.domain.AlreadyEnrolled;
import org.rungs.participant.participant.domain.IntakeRefused;
import org.rungs.spine.problem.DomainProblems;
import org.rungs.spine.problem.ProblemCatalog;

/** How the participant feature's domain errors are answered (docs/errors.md). */
@Singleton
public class ParticipantProblems implements DomainProblems {

    @Override
    public void register(ProblemCatalog problems) {
        problems.mapFields(IntakeRefused.class, 422, "intake-refused", "Intake refused")
                .map(AlreadyEnrolled.class, 409, "already-enrolled", "Already enrolled");
    }
}
