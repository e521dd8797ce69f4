package org.rungs.reporting.projection.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

import org.rungs.contracts.participant.ConsentChanged;
import org.rungs.contracts.participant.ParticipantEnrolled;
import org.rungs.contracts.participant.ParticipantEvents;
import org.rungs.contracts.participant.SkillAttained;
import org.rungs.spine.messaging.Handlers;

/**
 * Participants as reporting counts them: the agency that enrolled them, their latest consent decision and the skill
 * records they attained. Consent decisions and skills are kept by participant id and joined at query time, so the order
 * in which a participant's events arrive does not matter.
 */
@Singleton
public class ParticipantProjection extends SqlProjection {

    public ParticipantProjection(EntityManager em) {
        super(em);
    }

    @Override
    public List<String> tables() {
        return List.of("participant_fact", "consent_fact", "skill_fact");
    }

    @Override
    public void register(Handlers on) {
        on.on(ParticipantEvents.PARTICIPANT_ENROLLED, this::enrolled)
                .on(ParticipantEvents.CONSENT_CHANGED, this::consentChanged)
                .on(ParticipantEvents.SKILL_ATTAINED, this::skillAttained);
    }

    void enrolled(ParticipantEnrolled e) {
        execute("""
                insert into participant_fact (participant_id, partner_agency, consent_to_share, enrolled_at, person_id)
                values (?1, ?2, ?3, ?4, ?5)
                on conflict (participant_id) do update set partner_agency = excluded.partner_agency,
                    consent_to_share = excluded.consent_to_share, enrolled_at = excluded.enrolled_at,
                    person_id = excluded.person_id""",
                e.participantId(), e.partnerAgency(), e.consentToShare(), e.enrolledAt(),
                nullable(e.personId(), UUID.class));
    }

    /** The latest decision wins, whatever the order the decisions (and the enrolment) are read in. */
    void consentChanged(ConsentChanged e) {
        execute("""
                insert into consent_fact (participant_id, share_with_employers, changed_at) values (?1, ?2, ?3)
                on conflict (participant_id) do update
                set share_with_employers = excluded.share_with_employers, changed_at = excluded.changed_at
                where consent_fact.changed_at <= excluded.changed_at""",
                e.participantId(), e.shareWithEmployers(), e.changedAt());
    }

    /** Counted once per skill record. */
    void skillAttained(SkillAttained e) {
        execute("""
                insert into skill_fact (skill_record_id, participant_id, element_id, level, source, attained_at)
                values (?1, ?2, ?3, ?4, ?5, ?6)
                on conflict (skill_record_id) do update set participant_id = excluded.participant_id,
                    element_id = excluded.element_id, level = excluded.level, source = excluded.source,
                    attained_at = excluded.attained_at""",
                e.skillRecordId(), e.participantId(), e.elementId(), e.level(), e.source(), e.attainedAt());
    }
}
