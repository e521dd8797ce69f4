package org.rungs.employer.employment.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.employer.employment.domain.Employment;
import org.rungs.employer.employment.domain.Employments;
import org.rungs.employer.employment.domain.SeparationReason;
import org.rungs.employer.employment.domain.UnknownEmployment;
import org.rungs.spine.outbox.Outbox;

/**
 * An employer, navigator or network admin records a retention check-in ({@code retention.checked.v1}) or a separation
 * ({@code separation.recorded.v1}).
 */
@ApplicationScoped
public class RecordRetention {

    public record CheckIn(UUID employmentId, int daysAfterHire, LocalDate checkedOn, boolean stillEmployed,
            BigDecimal hourlyWage, LocalDate separatedOn, SeparationReason separationReason) {
    }

    private final Employments employments;
    private final Outbox outbox;
    private final Clock clock;

    public RecordRetention(Employments employments, Outbox outbox, Clock clock) {
        this.employments = employments;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Employment checkIn(CheckIn c) {
        Employment employment = employments.byIdForChange(c.employmentId())
                .orElseThrow(() -> new UnknownEmployment(c.employmentId()));
        employment.checkIn(c.daysAfterHire(), c.checkedOn(), c.stillEmployed(), c.hourlyWage(), c.separatedOn(),
                c.separationReason(), clock);
        outbox.publish(employment);
        return employment;
    }

    @Transactional
    public Employment separate(UUID employmentId, LocalDate on, SeparationReason reason) {
        Employment employment = employments.byIdForChange(employmentId)
                .orElseThrow(() -> new UnknownEmployment(employmentId));
        employment.separate(on, reason, clock);
        outbox.publish(employment);
        return employment;
    }
}
