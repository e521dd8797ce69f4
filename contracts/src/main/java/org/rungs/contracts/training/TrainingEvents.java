package org.rungs.contracts.training;

import org.rungs.spine.events.EventDeclarations;
import org.rungs.spine.events.EventType;
import org.rungs.spine.events.Topic;

/**
 * The events training-service publishes: programs on the training asset map, their cohorts, enrolments and the skill
 * gains recorded on them, and the credentials completers are awarded. Each record's JSON Schema and golden sample are
 * {@code contracts/training-service/<type>.schema.json} and {@code .sample.json}.
 */
public final class TrainingEvents implements EventDeclarations {

    public static final String PRODUCER = "training-service";
    public static final Topic PROGRAMS = new Topic("rungs.program", PRODUCER);

    public static final EventType<ProgramPublished> PROGRAM_PUBLISHED = PROGRAMS.event("program.published.v1",
            ProgramPublished.class, ProgramPublished::programId, ProgramPublished::publishedAt);
    public static final Topic COHORTS = new Topic("rungs.cohort", PRODUCER);
    public static final Topic ENROLMENTS = new Topic("rungs.enrolment", PRODUCER);
    public static final Topic CREDENTIALS = new Topic("rungs.credential", PRODUCER);

    public static final EventType<CohortScheduled> COHORT_SCHEDULED = COHORTS.event("cohort.scheduled.v1",
            CohortScheduled.class, CohortScheduled::cohortId, CohortScheduled::scheduledAt);
    public static final EventType<CohortCancelled> COHORT_CANCELLED = COHORTS.event("cohort.cancelled.v1",
            CohortCancelled.class, CohortCancelled::cohortId, CohortCancelled::cancelledAt);
    public static final EventType<EnrolmentChanged> ENROLMENT_CHANGED = ENROLMENTS.event("enrolment.changed.v1",
            EnrolmentChanged.class, EnrolmentChanged::enrolmentId, EnrolmentChanged::changedAt);
    public static final EventType<SkillGainRecorded> SKILL_GAIN_RECORDED = ENROLMENTS.event(
            "skill-gain.recorded.v1", SkillGainRecorded.class, SkillGainRecorded::enrolmentId,
            SkillGainRecorded::recordedAt);
    public static final EventType<CredentialAwarded> CREDENTIAL_AWARDED = CREDENTIALS.event(
            "credential.awarded.v1", CredentialAwarded.class, CredentialAwarded::participantId,
            CredentialAwarded::awardedAt);
}
