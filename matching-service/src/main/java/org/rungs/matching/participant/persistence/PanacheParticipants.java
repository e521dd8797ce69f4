package org.rungs.matching.participant.persistence;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.matching.participant.domain.Participant;
import org.rungs.matching.participant.domain.Participants;
import org.rungs.spine.persistence.PanacheAggregates;

@ApplicationScoped
public class PanacheParticipants implements Participants, PanacheAggregates<Participant> {

    @Override
    public List<Participant> consenting() {
        return find("select distinct p from Participant p left join fetch p.skills where p.consenting = true")
                .list();
    }
}
