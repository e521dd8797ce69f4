package org.rungs.reporting.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.rungs.spine.events.EventEnvelope;
import org.rungs.spine.events.EventType;
import org.rungs.spine.events.ParticipantEnrolledEvent;
import org.rungs.spine.inbox.EventHandler;

/** Counts an enrolment for the partner agency that enrolled the participant. */
@ApplicationScoped
public class ParticipantEnrolledHandler implements EventHandler<ParticipantEnrolledEvent> {

    private final EntityManager em;

    public ParticipantEnrolledHandler(EntityManager em) {
        this.em = em;
    }

    @Override
    public EventType type() {
        return EventType.PARTICIPANT_ENROLLED;
    }

    @Override
    @Transactional
    public void handle(EventEnvelope<ParticipantEnrolledEvent> event) {
        ParticipantEnrolledEvent e = event.data();
        em.createNativeQuery("""
                insert into participant_fact (participant_id, partner_agency, consent_to_share, enrolled_at)
                values (?1, ?2, ?3, ?4)
                on conflict (participant_id) do update set partner_agency = excluded.partner_agency,
                    consent_to_share = excluded.consent_to_share, enrolled_at = excluded.enrolled_at""")
                .setParameter(1, e.participantId())
                .setParameter(2, e.partnerAgency())
                .setParameter(3, e.consentToShare())
                .setParameter(4, e.enrolledAt())
                .executeUpdate();
    }
}
