package org.rungs.contracts.participant;

import org.rungs.spine.events.EventDeclarations;
import org.rungs.spine.events.EventType;
import org.rungs.spine.events.Topic;

/**
 * The events participant-service publishes, all keyed by the participant: enrolment, skills attained, consent changes,
 * the services log and the exits it gives, performance exclusions and support referrals. Contact details never travel.
 * Each record's JSON Schema and golden sample are {@code contracts/participant-service/<type>.schema.json} and
 * {@code .sample.json}.
 */
public final class ParticipantEvents implements EventDeclarations {

    public static final String PRODUCER = "participant-service";
    public static final Topic PARTICIPANTS = new Topic("rungs.participant", PRODUCER);

    public static final EventType<ParticipantEnrolled> PARTICIPANT_ENROLLED = PARTICIPANTS.event(
            "participant.enrolled.v1", ParticipantEnrolled.class, ParticipantEnrolled::participantId,
            ParticipantEnrolled::enrolledAt);
    public static final EventType<BarriersChanged> BARRIERS_CHANGED = PARTICIPANTS.event(
            "participant.barriers-changed.v1", BarriersChanged.class, BarriersChanged::participantId,
            BarriersChanged::changedAt);
    public static final EventType<SkillAttained> SKILL_ATTAINED = PARTICIPANTS.event("skill.attained.v1",
            SkillAttained.class, SkillAttained::participantId, SkillAttained::attainedAt);
    public static final EventType<ConsentChanged> CONSENT_CHANGED = PARTICIPANTS.event("consent.changed.v1",
            ConsentChanged.class, ConsentChanged::participantId, ConsentChanged::changedAt);
    public static final EventType<ServiceRecorded> SERVICE_RECORDED = PARTICIPANTS.event("service.recorded.v1",
            ServiceRecorded.class, ServiceRecorded::participantId, ServiceRecorded::recordedAt);
    public static final EventType<ServiceCancelled> SERVICE_CANCELLED = PARTICIPANTS.event("service.cancelled.v1",
            ServiceCancelled.class, ServiceCancelled::participantId, ServiceCancelled::cancelledAt);
    public static final EventType<ParticipantExited> PARTICIPANT_EXITED = PARTICIPANTS.event(
            "participant.exited.v1", ParticipantExited.class, ParticipantExited::participantId,
            ParticipantExited::announcedAt);
    public static final EventType<ParticipantExcluded> PARTICIPANT_EXCLUDED = PARTICIPANTS.event(
            "participant.excluded.v1", ParticipantExcluded.class, ParticipantExcluded::participantId,
            ParticipantExcluded::recordedAt);
    public static final EventType<SupportReferred> SUPPORT_REFERRED = PARTICIPANTS.event("support.referred.v1",
            SupportReferred.class, SupportReferred::participantId, SupportReferred::recordedAt);
    public static final EventType<SupportChanged> SUPPORT_CHANGED = PARTICIPANTS.event("support.changed.v1",
            SupportChanged.class, SupportChanged::participantId, SupportChanged::recordedAt);
    public static final EventType<PlanChanged> PLAN_CHANGED = PARTICIPANTS.event("plan.changed.v1",
            PlanChanged.class, PlanChanged::participantId, PlanChanged::changedAt);
    public static final EventType<NoteAdded> NOTE_ADDED = PARTICIPANTS.event("note.added.v1", NoteAdded.class,
            NoteAdded::participantId, NoteAdded::addedAt);
}
