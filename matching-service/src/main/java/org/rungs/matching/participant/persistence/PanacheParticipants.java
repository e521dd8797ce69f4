package org.rungs.matching.participant.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.matching.participant.domain.Participant;
import org.rungs.matching.participant.domain.Participants;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PanacheParticipants implements Participants, PanacheRepositoryBase<Participant, UUID> {

    @Override
    public Optional<Participant> byId(UUID id) {
        return findByIdOptional(id);
    }

    @Override
    public void add(Participant participant) {
        persist(participant);
    }

    @Override
    public List<Participant> consenting() {
        return find("select distinct p from Participant p left join fetch p.skills where p.consenting = true")
                .list();
    }
}
