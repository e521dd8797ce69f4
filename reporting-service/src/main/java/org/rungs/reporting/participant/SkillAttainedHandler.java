package org.rungs.reporting.participant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.rungs.spine.events.EventEnvelope;
import org.rungs.spine.events.EventType;
import org.rungs.spine.events.SkillAttainedEvent;
import org.rungs.spine.inbox.EventHandler;

/** Counts a skill record a participant attained, once per skill record. */
@ApplicationScoped
public class SkillAttainedHandler implements EventHandler<SkillAttainedEvent> {

    private final EntityManager em;

    public SkillAttainedHandler(EntityManager em) {
        this.em = em;
    }

    @Override
    public EventType type() {
        return EventType.SKILL_ATTAINED;
    }

    @Override
    @Transactional
    public void handle(EventEnvelope<SkillAttainedEvent> event) {
        SkillAttainedEvent e = event.data();
        em.createNativeQuery("""
                insert into skill_fact (skill_record_id, participant_id, element_id, level, source, attained_at)
                values (?1, ?2, ?3, ?4, ?5, ?6)
                on conflict (skill_record_id) do update set participant_id = excluded.participant_id,
                    element_id = excluded.element_id, level = excluded.level, source = excluded.source,
                    attained_at = excluded.attained_at""")
                .setParameter(1, e.skillRecordId())
                .setParameter(2, e.participantId())
                .setParameter(3, e.elementId())
                .setParameter(4, e.level())
                .setParameter(5, e.source())
                .setParameter(6, e.attainedAt())
                .executeUpdate();
    }
}
