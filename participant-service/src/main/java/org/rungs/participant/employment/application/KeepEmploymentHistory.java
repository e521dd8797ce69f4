package org.rungs.participant.employment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.rungs.contracts.employer.EmployerJoined;
import org.rungs.contracts.employer.HireRecorded;
import org.rungs.contracts.employer.PromotionRecorded;
import org.rungs.contracts.employer.RetentionChecked;
import org.rungs.contracts.employer.SeparationRecorded;
import org.rungs.participant.employment.domain.EmploymentRecord;
import org.rungs.participant.employment.domain.EmploymentRecords;
import org.rungs.participant.employment.domain.KnownEmployer;

/**
 * Keeps each participant's employment history from employer-service's events (hires, promotions, retention check-ins,
 * separations; employers' names). The events of one employment arrive in order (they share its key); a fact about an
 * employment whose hire was never read is logged and skipped.
 */
@ApplicationScoped
public class KeepEmploymentHistory {

    private static final Logger LOG = Logger.getLogger(KeepEmploymentHistory.class);

    private final EmploymentRecords records;

    public KeepEmploymentHistory(EmploymentRecords records) {
        this.records = records;
    }

    @Transactional
    public void employerJoined(EmployerJoined e) {
        records.addEmployer(new KnownEmployer(e.employerId(), e.name()));
    }

    @Transactional
    public void hired(HireRecorded e) {
        if (!records.exists(e.employmentId())) {
            records.add(EmploymentRecord.hired(new EmploymentRecord.Hire(e.employmentId(), e.participantId(),
                    e.employerId(), e.incumbent(), e.startDate(), e.weeklyHours(), e.ladderId(), e.rungId(),
                    e.tier(), e.occupationCode(), e.hourlyWage())));
        }
    }

    @Transactional
    public void promoted(PromotionRecorded e) {
        records.byIdForChange(e.employmentId()).ifPresentOrElse(
                r -> r.promoted(e.ladderId(), e.toRungId(), e.toTier(), e.toOccupationCode(), e.wageAfter(),
                        e.promotedOn()),
                () -> LOG.warnf("Promotion %s of employment %s, whose hire was never read, is skipped",
                        e.promotionId(), e.employmentId()));
    }

    @Transactional
    public void checked(RetentionChecked e) {
        records.byIdForChange(e.employmentId())
                .ifPresent(r -> r.checked(e.checkedOn(), e.stillEmployed(), e.hourlyWage()));
    }

    @Transactional
    public void separated(SeparationRecorded e) {
        records.byIdForChange(e.employmentId()).ifPresentOrElse(r -> r.separated(e.separatedOn(), e.reason()),
                () -> LOG.warnf("Separation of employment %s, whose hire was never read, is skipped",
                        e.employmentId()));
    }
}
