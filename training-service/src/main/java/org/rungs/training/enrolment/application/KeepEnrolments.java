package org.rungs.training.enrolment.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.spine.domain.RecordedDay;
import org.rungs.spine.outbox.Outbox;
import org.rungs.training.cohort.domain.Cohort;
import org.rungs.training.cohort.domain.Cohorts;
import org.rungs.training.cohort.domain.UnknownCohort;
import org.rungs.training.credential.domain.Credential;
import org.rungs.training.credential.domain.Credentials;
import org.rungs.training.enrolment.domain.AlreadyInCohort;
import org.rungs.training.enrolment.domain.CohortFull;
import org.rungs.training.enrolment.domain.Enrolment;
import org.rungs.training.enrolment.domain.EnrolmentRefused;
import org.rungs.training.enrolment.domain.Enrolments;
import org.rungs.training.enrolment.domain.EntranceNotMet;
import org.rungs.training.enrolment.domain.GainType;
import org.rungs.training.enrolment.domain.UnknownEnrolment;
import org.rungs.training.learner.domain.Learner;
import org.rungs.training.learner.domain.Learners;
import org.rungs.training.learner.domain.UnknownLearner;
import org.rungs.training.program.domain.Program;
import org.rungs.training.program.domain.Programs;
import org.rungs.training.program.domain.TaughtSkill;

/**
 * Navigators enrol participants in cohorts; providers record their skill gains and completions, which award the
 * program's credential; either withdraws an enrolment.
 */
@ApplicationScoped
public class KeepEnrolments {

    private final Cohorts cohorts;
    private final Programs programs;
    private final Enrolments enrolments;
    private final Learners learners;
    private final Credentials credentials;
    private final Outbox outbox;
    private final Clock clock;

    public KeepEnrolments(Cohorts cohorts, Programs programs, Enrolments enrolments, Learners learners,
            Credentials credentials, Outbox outbox, Clock clock) {
        this.cohorts = cohorts;
        this.programs = programs;
        this.enrolments = enrolments;
        this.learners = learners;
        this.credentials = credentials;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Enrols a participant ({@code enrolment.changed.v1}). The cohort is locked, so two enrolments never take its last
     * seat together.
     *
     * @throws CohortFull
     *             when every seat is taken
     * @throws EntranceNotMet
     *             naming each skill level or prerequisite credential the participant lacks
     * @throws AlreadyInCohort
     *             when the participant is in the cohort already
     */
    @Transactional
    public Enrolment enrol(UUID cohortId, UUID participantId, LocalDate on, String enrolledBy) {
        Cohort cohort = cohorts.byIdForChange(cohortId).orElseThrow(() -> new UnknownCohort(cohortId));
        cohort.requireScheduled();
        Learner learner = learners.byId(participantId).orElseThrow(() -> new UnknownLearner(participantId));
        enrolments.inCohort(cohortId, participantId).ifPresent(e -> {
            throw new AlreadyInCohort(participantId, e.id());
        });
        LocalDate day = on == null ? RecordedDay.today(clock) : on;
        if (day.isAfter(cohort.endDate())) {
            throw new EnrolmentRefused("enrolledOn", "is after the cohort ended (" + cohort.endDate() + ")");
        }
        if (enrolments.seatsTaken(cohortId) >= cohort.seats()) {
            throw new CohortFull(cohortId, cohort.seats());
        }
        Program program = programs.byId(cohort.programId()).orElseThrow();
        List<String> unmet = unmet(program, learner);
        if (!unmet.isEmpty()) {
            throw new EntranceNotMet(unmet);
        }
        Enrolment enrolment = Enrolment.enrol(new Enrolment.Place(participantId, learner.partnerAgency(), cohortId,
                program.id(), program.providerId()), on, cohort.clashWith(learner.workShift()).orElse(null),
                enrolledBy, clock);
        enrolments.add(enrolment);
        outbox.publish(enrolment);
        return enrolment;
    }

    /** Each entrance requirement the participant does not meet: a skill below the level, a credential not held. */
    private List<String> unmet(Program program, Learner learner) {
        List<String> unmet = new ArrayList<>();
        for (TaughtSkill required : program.entrySkills()) {
            var level = learner.level(required.elementId());
            if (level.isEmpty() || level.get().compareTo(required.level()) < 0) {
                unmet.add(required.elementId() + " at level " + required.level().stripTrailingZeros().toPlainString()
                        + " (has " + level.map(l -> l.stripTrailingZeros().toPlainString()).orElse("none") + ")");
            }
        }
        Set<UUID> held = credentials.programsHeld(learner.participantId());
        for (UUID prerequisite : program.prerequisitePrograms()) {
            if (!held.contains(prerequisite)) {
                unmet.add("the credential of program " + prerequisite
                        + programs.byId(prerequisite).map(p -> " (" + p.credential() + ")").orElse(""));
            }
        }
        return unmet;
    }

    @Transactional
    public Enrolment withdraw(UUID enrolmentId, String reason, LocalDate on) {
        Enrolment e = forChange(enrolmentId);
        e.withdraw(reason, on, clock);
        outbox.publish(e);
        return e;
    }

    /**
     * The participant completed ({@code enrolment.changed.v1}) and is awarded the program's credential
     * ({@code credential.awarded.v1}).
     */
    @Transactional
    public Completed complete(UUID enrolmentId, LocalDate on) {
        Enrolment e = forChange(enrolmentId);
        e.complete(on, clock);
        outbox.publish(e);
        Program program = programs.byId(e.programId()).orElseThrow();
        Credential credential = Credential.award(e.participantId(), e.partnerAgency(), e.id(), program,
                e.completedOn(), clock);
        credentials.add(credential);
        outbox.publish(credential);
        return new Completed(e, credential);
    }

    /** A completion and the credential it awarded. */
    public record Completed(Enrolment enrolment, Credential credential) {
    }

    /** A measurable skill gain ({@code skill-gain.recorded.v1}); returns the enrolment with it. */
    @Transactional
    public Enrolment recordGain(UUID enrolmentId, GainType type, LocalDate on, String note, String by) {
        Enrolment e = forChange(enrolmentId);
        e.recordGain(type, on, note, by, clock);
        outbox.publish(e);
        return e;
    }

    private Enrolment forChange(UUID enrolmentId) {
        return enrolments.byIdForChange(enrolmentId).orElseThrow(() -> new UnknownEnrolment(enrolmentId));
    }
}
