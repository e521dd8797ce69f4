package org.rungs.training.cohort.persistence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.spine.persistence.PanacheAggregates;
import org.rungs.training.cohort.domain.Cohort;
import org.rungs.training.cohort.domain.CohortStatus;
import org.rungs.training.cohort.domain.Cohorts;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PanacheCohorts implements Cohorts, PanacheAggregates<Cohort> {

    @Override
    public List<Cohort> ofProgram(UUID programId) {
        return list("programId", Sort.ascending("startDate").and("id"), programId);
    }

    @Override
    public Optional<Cohort> nextOf(UUID programId, LocalDate from) {
        return find("programId = :program and status = :scheduled and startDate >= :from",
                Sort.ascending("startDate").and("id"), Parameters.with("program", programId)
                        .and("scheduled", CohortStatus.SCHEDULED).and("from", from))
                .firstResultOptional();
    }
}
