package org.rungs.matching.employment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.contracts.employer.HireRecorded;
import org.rungs.contracts.employer.PromotionRecorded;
import org.rungs.contracts.employer.SeparationRecorded;
import org.rungs.matching.employment.domain.Incumbencies;
import org.rungs.matching.employment.domain.Incumbency;

/** Keeps who works where now, for vacancies' internal-first windows. */
@ApplicationScoped
public class KeepIncumbencies {

    private final Incumbencies incumbencies;

    public KeepIncumbencies(Incumbencies incumbencies) {
        this.incumbencies = incumbencies;
    }

    @Transactional
    public void hired(HireRecorded hire) {
        if (incumbencies.byEmployment(hire.employmentId()).isEmpty()) {
            incumbencies.add(new Incumbency(hire.employmentId(), hire.employerId(), hire.participantId())
                    .holding(hire.rungId(), hire.occupationCode(), hire.hourlyWage()));
        }
    }

    /** A promotion moves the incumbency up: its rung, occupation and wage are the new job's. */
    @Transactional
    public void promoted(PromotionRecorded promotion) {
        incumbencies.byEmployment(promotion.employmentId()).ifPresent(i -> incumbencies.changed(i.holding(
                promotion.toRungId(), promotion.toOccupationCode(), promotion.wageAfter())));
    }

    @Transactional
    public void separated(SeparationRecorded separation) {
        incumbencies.byEmployment(separation.employmentId()).ifPresent(incumbencies::remove);
    }
}
