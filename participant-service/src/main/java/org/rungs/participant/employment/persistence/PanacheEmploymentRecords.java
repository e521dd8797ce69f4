package org.rungs.participant.employment.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.participant.employment.domain.EmploymentRecord;
import org.rungs.participant.employment.domain.EmploymentRecords;
import org.rungs.participant.employment.domain.KnownEmployer;
import org.rungs.spine.persistence.PanacheAggregates;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PanacheEmploymentRecords implements EmploymentRecords, PanacheAggregates<EmploymentRecord> {

    @Override
    public List<EmploymentRecord> ofParticipant(UUID participantId) {
        return list("participantId", Sort.descending("startDate").and("id"), participantId);
    }

    @Override
    public void addEmployer(KnownEmployer employer) {
        getEntityManager().merge(employer);
    }

    @Override
    public Optional<KnownEmployer> employer(UUID id) {
        return Optional.ofNullable(getEntityManager().find(KnownEmployer.class, id));
    }
}
