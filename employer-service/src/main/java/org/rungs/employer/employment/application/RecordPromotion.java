package org.rungs.employer.employment.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.employer.employment.domain.Employment;
import org.rungs.employer.employment.domain.Employments;
import org.rungs.employer.employment.domain.Position;
import org.rungs.employer.employment.domain.UnknownEmployment;
import org.rungs.spine.outbox.Outbox;

/**
 * An employer (or a network admin) records a promotion ({@code promotion.recorded.v1}): to a higher rung of the
 * worker's ladder, or another occupation, perhaps into one of the employer's vacancies (an internal candidate, often
 * proposed during its internal-first window). Into a rung an agreement in force covers, not below its wage floor.
 */
@ApplicationScoped
public class RecordPromotion {

    /**
     * Without {@code ladderId}, a rung is on the worker's current ladder. Into a vacancy ({@code vacancyId}, or the
     * vacancy of {@code referralId}), the vacancy names the rung: the promotion takes one of its openings and moves the
     * referral to hired.
     */
    public record Command(UUID employmentId, UUID ladderId, UUID rungId, String occupationCode, BigDecimal wageAfter,
            LocalDate promotedOn, UUID vacancyId, UUID referralId, String recordedBy) {

        public Command(UUID employmentId, UUID ladderId, UUID rungId, String occupationCode, BigDecimal wageAfter,
                LocalDate promotedOn) {
            this(employmentId, ladderId, rungId, occupationCode, wageAfter, promotedOn, null, null, null);
        }
    }

    private final Employments employments;
    private final EmployerRungs rungs;
    private final Openings openings;
    private final Outbox outbox;
    private final Clock clock;

    public RecordPromotion(Employments employments, EmployerRungs rungs, Openings openings, Outbox outbox,
            Clock clock) {
        this.employments = employments;
        this.rungs = rungs;
        this.openings = openings;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Employment promote(Command c) {
        Employment employment = employments.byIdForChange(c.employmentId())
                .orElseThrow(() -> new UnknownEmployment(c.employmentId()));
        var into = openings.into(employment.employerId(), employment.participantId(), c.vacancyId(), c.referralId(),
                c.ladderId(), c.rungId(), c.occupationCode());
        Position to;
        if (into.vacancy() != null) {
            to = into.position();
        } else {
            UUID ladder = c.ladderId() == null && c.rungId() != null ? employment.position().ladderId() : c.ladderId();
            to = rungs.position(employment.employerId(), ladder, c.rungId(), c.occupationCode());
        }
        rungs.requireWageFloor(employment.employerId(), to, c.promotedOn(), c.wageAfter(), "wageAfter");
        employment.promote(to, c.wageAfter(), c.promotedOn(), into.vacancy() == null ? null : into.vacancy().id(),
                into.referral() == null ? null : into.referral().id(), clock);
        openings.take(into, c.recordedBy(), c.promotedOn(), "promotedOn");
        outbox.publish(employment);
        return employment;
    }
}
