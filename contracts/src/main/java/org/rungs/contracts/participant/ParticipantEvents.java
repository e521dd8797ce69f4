package org.rungs.contracts.participant;

import org.rungs.spine.events.EventDeclarations;
import org.rungs.spine.events.EventType;
import org.rungs.spine.events.Topic;

/**
 * The events participant-service publishes, all keyed by the participant: enrolment, skills attained and consent
 * changes. Contact details never travel. Each record's JSON Schema and golden sample are
 * {@code contracts/participant-service/<type>.schema.json} and {@code .sample.json}.
 */
public final class ParticipantEvents implements EventDeclarations {

    public static final String PRODUCER = "participant-service";
    public static final Topic PARTICIPANTS = new Topic("rungs.participant", PRODUCER);

    public static final EventType<ParticipantEnrolled> PARTICIPANT_ENROLLED = PARTICIPANTS.event(
            "participant.enrolled.v1", ParticipantEnrolled.class, ParticipantEnrolled::participantId,
            ParticipantEnrolled::enrolledAt);
    public static final EventType<SkillAttained> SKILL_ATTAINED = PARTICIPANTS.event("skill.attained.v1",
            SkillAttained.class, SkillAttained::participantId, SkillAttained::attainedAt);
    public static final EventType<ConsentChanged> CONSENT_CHANGED = PARTICIPANTS.event("consent.changed.v1",
            ConsentChanged.class, ConsentChanged::participantId, ConsentChanged::changedAt);
}
