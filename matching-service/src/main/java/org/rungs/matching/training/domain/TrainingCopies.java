package org.rungs.matching.training.domain;

import org.rungs.contracts.training.CohortCancelled;
import org.rungs.contracts.training.CohortScheduled;
import org.rungs.contracts.training.CredentialAwarded;
import org.rungs.contracts.training.EnrolmentChanged;
import org.rungs.contracts.training.ProgramPublished;

/**
 * Matching's copy of the training asset map, built from training-service's events: programs (what they teach, to whom,
 * for how long and at what cost), their cohorts (when they meet), who is enrolled in which cohort, and the credentials
 * awarded. Ranking reads the cohorts participants attend (schedule fit) and their credentials; pathways read programs
 * and cohorts to plan training.
 */
public interface TrainingCopies {

    /** Keeps the program, or its later publication. */
    void program(ProgramPublished published);

    void cohortScheduled(CohortScheduled scheduled);

    void cohortCancelled(CohortCancelled cancelled);

    /** Keeps the enrolment's status, unless a later change was kept already. */
    void enrolment(EnrolmentChanged changed);

    void credential(CredentialAwarded awarded);
}
