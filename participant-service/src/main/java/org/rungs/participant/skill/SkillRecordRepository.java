package org.rungs.participant.skill;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.spine.events.SkillLevel;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class SkillRecordRepository implements PanacheRepositoryBase<SkillRecord, UUID> {

    /** A participant's records, newest first. */
    public List<SkillRecord> ofParticipant(UUID participantId) {
        return list("participantId", Sort.descending("attainedAt").and("id"), participantId);
    }

    /** A participant's current skills: the best level recorded for each element, by element id. */
    public List<SkillLevel> bestLevels(UUID participantId) {
        return getEntityManager().createQuery("""
                select s.elementId, max(s.level) from SkillRecord s where s.participantId = :participant
                group by s.elementId order by s.elementId""", Object[].class)
                .setParameter("participant", participantId)
                .getResultList().stream()
                .map(row -> new SkillLevel((String) row[0], (BigDecimal) row[1]))
                .toList();
    }
}
