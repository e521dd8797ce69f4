package org.rungs.participant.skill.persistence;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.contracts.common.SkillLevel;
import org.rungs.participant.skill.domain.SkillRecord;
import org.rungs.participant.skill.domain.SkillRecords;
import org.rungs.spine.persistence.PanacheAggregates;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PanacheSkillRecords implements SkillRecords, PanacheAggregates<SkillRecord> {

    @Override
    public List<SkillRecord> ofParticipant(UUID participantId) {
        return list("participantId", Sort.descending("attainedAt").and("id"), participantId);
    }

    @Override
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
