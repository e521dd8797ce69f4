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
 * worker's ladder, or another occupation. Into a rung an agreement in force covers, not below its wage floor.
 */
@ApplicationScoped
public class RecordPromotion {

    /** Without {@code ladderId}, a rung is on the worker's current ladder. */
    public record Command(UUID employmentId, UUID ladderId, UUID rungId, String occupationCode, BigDecimal wageAfter,
            LocalDate promotedOn) {
    }

    private final Employments employments;
    private final EmployerRungs rungs;
    private final Outbox outbox;
    private final Clock clock;

    public RecordPromotion(Employments employments, EmployerRungs rungs, Outbox outbox, Clock clock) {
        this.employments = employments;
        this.rungs = rungs;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Employment promote(Command c) {
        Employment employment = employments.byIdForChange(c.employmentId())
                .orElseThrow(() -> new UnknownEmployment(c.employmentId()));
        UUID ladder = c.ladderId() == null && c.rungId() != null ? employment.position().ladderId() : c.ladderId();
        Position to = rungs.position(employment.employerId(), ladder, c.rungId(), c.occupationCode());
        rungs.requireWageFloor(employment.employerId(), to, c.promotedOn(), c.wageAfter(), "wageAfter");
        employment.promote(to, c.wageAfter(), c.promotedOn(), clock);
        outbox.publish(employment);
        return employment;
    }
}
