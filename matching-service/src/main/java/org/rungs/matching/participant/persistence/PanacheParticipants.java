package org.rungs.matching.participant.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.matching.participant.domain.Participant;
import org.rungs.matching.participant.domain.Participants;
import org.rungs.spine.persistence.PanacheAggregates;

@ApplicationScoped
public class PanacheParticipants implements Participants, PanacheAggregates<Participant> {

    @Override
    public void forEachConsentingSkill(SkillVisitor visitor) {
        getEntityManager().createNativeQuery("""
                select s.participant_id, s.element_id, s.level
                  from participant_skill s join participant p on p.id = s.participant_id
                 where p.consenting""").setHint("org.hibernate.fetchSize", 10_000).getResultStream()
                .forEach(r -> {
                    Object[] row = (Object[]) r;
                    visitor.skill((java.util.UUID) row[0], (String) row[1], (java.math.BigDecimal) row[2]);
                });
    }

    @Override
    public List<Participant> consenting() {
        return find("select distinct p from Participant p left join fetch p.skills where p.consenting = true")
                .list();
    }
}
