package org.rungs.training.enrolment.persistence;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.rungs.spine.persistence.PanacheAggregates;
import org.rungs.training.enrolment.domain.Enrolment;
import org.rungs.training.enrolment.domain.EnrolmentStatus;
import org.rungs.training.enrolment.domain.Enrolments;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PanacheEnrolments implements Enrolments, PanacheAggregates<Enrolment> {

    @Override
    public long seatsTaken(UUID cohortId) {
        return count("cohortId = :cohort and status <> :withdrawn",
                Parameters.with("cohort", cohortId).and("withdrawn", EnrolmentStatus.WITHDRAWN));
    }

    @Override
    public Optional<Enrolment> inCohort(UUID cohortId, UUID participantId) {
        return find("cohortId = :cohort and participantId = :participant and status <> :withdrawn",
                Parameters.with("cohort", cohortId).and("participant", participantId)
                        .and("withdrawn", EnrolmentStatus.WITHDRAWN))
                .firstResultOptional();
    }

    @Override
    public List<Enrolment> ofCohort(UUID cohortId, String agency) {
        return agency == null
                ? list("cohortId", Sort.ascending("enrolledOn").and("id"), cohortId)
                : list("cohortId = :cohort and partnerAgency = :agency", Sort.ascending("enrolledOn").and("id"),
                        Parameters.with("cohort", cohortId).and("agency", agency));
    }

    @Override
    public List<Enrolment> ofParticipant(UUID participantId) {
        return list("participantId", Sort.descending("enrolledOn").and("id"), participantId);
    }

    @Override
    public List<Enrolment> activeOfCohortForChange(UUID cohortId) {
        return find("cohortId = :cohort and status = :enrolled",
                Parameters.with("cohort", cohortId).and("enrolled", EnrolmentStatus.ENROLLED))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
