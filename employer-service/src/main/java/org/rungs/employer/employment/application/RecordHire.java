package org.rungs.employer.employment.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.employer.candidate.domain.Candidates;
import org.rungs.employer.employer.domain.Employers;
import org.rungs.employer.employer.domain.UnknownEmployer;
import org.rungs.employer.employment.domain.AlreadyEmployed;
import org.rungs.employer.employment.domain.Employment;
import org.rungs.employer.employment.domain.EmploymentRefused;
import org.rungs.employer.employment.domain.Employments;
import org.rungs.employer.employment.domain.Position;
import org.rungs.spine.outbox.Outbox;

/**
 * An employer (or a network admin) records a hire ({@code hire.recorded.v1}): into a vacancy, whose opening it takes
 * (the last one fills it: {@code vacancy.filled.v1}), at a rung, or at an occupation; for an incumbent worker, the job
 * they already hold. A hire from a referral moves it to hired (and takes the referral's vacancy). A hire into a rung
 * below the wage floor of an agreement in force is refused (an incumbent's existing job is recorded as it is). A
 * participant who already works for the employer moves into a vacancy by a promotion, not a hire.
 */
@ApplicationScoped
public class RecordHire {

    public record Command(UUID employerId, UUID participantId, UUID vacancyId, UUID referralId, UUID ladderId,
            UUID rungId, String occupationCode, LocalDate startDate, BigDecimal hourlyWage, BigDecimal weeklyHours,
            boolean incumbent, String recordedBy) {
    }

    private final Employments employments;
    private final Employers employers;
    private final Candidates candidates;
    private final Openings openings;
    private final EmployerRungs rungs;
    private final Outbox outbox;
    private final Clock clock;

    public RecordHire(Employments employments, Employers employers, Candidates candidates, Openings openings,
            EmployerRungs rungs, Outbox outbox, Clock clock) {
        this.employments = employments;
        this.employers = employers;
        this.candidates = candidates;
        this.openings = openings;
        this.rungs = rungs;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Employment hire(Command c) {
        if (!employers.exists(c.employerId())) {
            throw new UnknownEmployer(c.employerId());
        }
        if (!candidates.exists(c.participantId())) {
            throw new EmploymentRefused(Map.of("participantId", "is not a participant enrolled in the network"));
        }
        var into = openings.into(c.employerId(), c.participantId(), c.vacancyId(), c.referralId(), c.ladderId(),
                c.rungId(), c.occupationCode());
        Position position = into.vacancy() != null
                ? into.position()
                : rungs.position(c.employerId(), c.ladderId(), c.rungId(), c.occupationCode());
        if (employments.employs(c.employerId(), c.participantId())) {
            throw new AlreadyEmployed(c.participantId(), c.employerId());
        }
        if (!c.incumbent()) {
            rungs.requireWageFloor(c.employerId(), position, c.startDate(), c.hourlyWage(), "hourlyWage");
        }
        UUID vacancyId = into.vacancy() == null ? null : into.vacancy().id();
        UUID referralId = into.referral() == null ? null : into.referral().id();
        Employment employment = Employment.hire(new Employment.Hire(c.participantId(), c.employerId(), vacancyId,
                referralId,
                position, c.startDate(), c.hourlyWage(), c.weeklyHours(), c.incumbent()),
                rungs.checkInDays(c.employerId(), position, c.startDate()), clock);
        openings.take(into, c.recordedBy(), c.startDate(), "startDate");
        employments.add(employment);
        outbox.publish(employment);
        return employment;
    }
}
