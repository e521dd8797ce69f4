package org.rungs.matching.training.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.contracts.training.CohortCancelled;
import org.rungs.contracts.training.CohortScheduled;
import org.rungs.contracts.training.CredentialAwarded;
import org.rungs.contracts.training.EnrolmentChanged;
import org.rungs.contracts.training.ProgramPublished;
import org.rungs.matching.training.domain.TrainingCopies;

/** Keeps matching's copy of programs, cohorts, enrolments and credentials as training-service announces them. */
@ApplicationScoped
public class KeepTraining {

    private final TrainingCopies training;

    public KeepTraining(TrainingCopies training) {
        this.training = training;
    }

    @Transactional
    public void programPublished(ProgramPublished published) {
        training.program(published);
    }

    @Transactional
    public void cohortScheduled(CohortScheduled scheduled) {
        training.cohortScheduled(scheduled);
    }

    @Transactional
    public void cohortCancelled(CohortCancelled cancelled) {
        training.cohortCancelled(cancelled);
    }

    @Transactional
    public void enrolmentChanged(EnrolmentChanged changed) {
        training.enrolment(changed);
    }

    @Transactional
    public void credentialAwarded(CredentialAwarded awarded) {
        training.credential(awarded);
    }
}
