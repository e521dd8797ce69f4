package org.rungs.matching.participant;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ParticipantRepository implements PanacheRepositoryBase<Participant, UUID> {

    /** Every participant who shares with employers, with their skills loaded in the same query. */
    public List<Participant> consentingWithSkills() {
        return find("select distinct p from Participant p left join fetch p.skills where p.consenting = true")
                .list();
    }
}
