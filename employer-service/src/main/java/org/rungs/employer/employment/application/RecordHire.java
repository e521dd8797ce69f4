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
import org.rungs.employer.referral.application.MoveReferral;
import org.rungs.employer.referral.domain.Referral;
import org.rungs.employer.referral.domain.Referrals;
import org.rungs.employer.vacancy.domain.Vacancies;
import org.rungs.employer.vacancy.domain.Vacancy;
import org.rungs.spine.outbox.Outbox;

/**
 * An employer (or a network admin) records a hire ({@code hire.recorded.v1}): into a vacancy, whose opening it takes
 * (the last one fills it: {@code vacancy.filled.v1}), at a rung, or at an occupation; for an incumbent worker, the job
 * they already hold. A hire from a referral moves it to hired (and takes the referral's vacancy). A hire into a rung
 * below the wage floor of an agreement in force is refused.
 */
@ApplicationScoped
public class RecordHire {

    public record Command(UUID employerId, UUID participantId, UUID vacancyId, UUID referralId, UUID ladderId,
            UUID rungId, String occupationCode, LocalDate startDate, BigDecimal hourlyWage, BigDecimal weeklyHours,
            boolean incumbent, String recordedBy) {
    }

    private final Employments employments;
    private final Employers employers;
    private final Vacancies vacancies;
    private final Candidates candidates;
    private final Referrals referrals;
    private final MoveReferral moveReferral;
    private final EmployerRungs rungs;
    private final Outbox outbox;
    private final Clock clock;

    public RecordHire(Employments employments, Employers employers, Candidates candidates, Vacancies vacancies,
            Referrals referrals, MoveReferral moveReferral, EmployerRungs rungs, Outbox outbox, Clock clock) {
        this.employments = employments;
        this.employers = employers;
        this.candidates = candidates;
        this.vacancies = vacancies;
        this.referrals = referrals;
        this.moveReferral = moveReferral;
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
        Referral referral = null;
        UUID vacancyId = c.vacancyId();
        if (c.referralId() != null) {
            referral = referrals.byIdForChange(c.referralId())
                    .filter(r -> r.employerId().equals(c.employerId()) && r.participantId().equals(c.participantId()))
                    .orElseThrow(() -> new EmploymentRefused(Map.of("referralId",
                            "is not a referral of this participant to this employer")));
            if (vacancyId != null && !vacancyId.equals(referral.vacancyId())) {
                throw new EmploymentRefused(Map.of("vacancyId", "is not the referral's vacancy"));
            }
            vacancyId = referral.vacancyId();
        }
        Position position;
        Vacancy vacancy = null;
        if (vacancyId != null) {
            vacancy = vacancies.byIdForChange(vacancyId).filter(v -> v.employerId().equals(c.employerId()))
                    .orElseThrow(() -> new EmploymentRefused(Map.of("vacancyId",
                            "is not a vacancy of this employer")));
            if (c.ladderId() != null || c.rungId() != null || c.occupationCode() != null) {
                throw new EmploymentRefused(Map.of("vacancyId",
                        "names the rung and occupation: leave out ladderId, rungId and occupationCode"));
            }
            position = vacancy.rungId() == null
                    ? Position.offLadder(vacancy.occupationCode())
                    : new Position(vacancy.ladderId(), vacancy.rungId(), vacancy.tier(), vacancy.occupationCode());
        } else {
            position = rungs.position(c.employerId(), c.ladderId(), c.rungId(), c.occupationCode());
        }
        if (employments.employs(c.employerId(), c.participantId())) {
            throw new AlreadyEmployed(c.participantId(), c.employerId());
        }
        rungs.requireWageFloor(c.employerId(), position, c.startDate(), c.hourlyWage(), "hourlyWage");
        Employment employment = Employment.hire(new Employment.Hire(c.participantId(), c.employerId(), vacancyId,
                c.referralId(), position, c.startDate(), c.hourlyWage(), c.weeklyHours(), c.incumbent()),
                rungs.checkInDays(c.employerId(), position, c.startDate()), clock);
        if (referral != null) {
            LocalDate today = LocalDate.now(clock);
            moveReferral.hired(referral, c.recordedBy(), c.startDate().isAfter(today) ? null : c.startDate());
        }
        if (vacancy != null) {
            vacancy.takeOpening(clock);
            outbox.publish(vacancy);
        }
        employments.add(employment);
        outbox.publish(employment);
        return employment;
    }
}
