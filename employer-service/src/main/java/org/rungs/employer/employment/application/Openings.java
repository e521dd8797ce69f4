package org.rungs.employer.employment.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.rungs.employer.employment.domain.EmploymentRefused;
import org.rungs.employer.employment.domain.Position;
import org.rungs.employer.referral.application.MoveReferral;
import org.rungs.employer.referral.domain.Referral;
import org.rungs.employer.referral.domain.Referrals;
import org.rungs.employer.vacancy.application.VacancyStopped;
import org.rungs.employer.vacancy.domain.Vacancies;
import org.rungs.employer.vacancy.domain.Vacancy;
import org.rungs.employer.vacancy.domain.VacancyStatus;
import org.rungs.spine.outbox.Outbox;

/**
 * A job taken in one of the employer's vacancies, by a hire or a promotion, perhaps through a referral: which vacancy
 * and referral a request names, and, once the job is recorded, the opening it takes and the referral it moves to hired.
 */
@ApplicationScoped
public class Openings {

    /** The vacancy and referral a job goes through (both null for a job at a rung or an occupation). */
    public record Into(Vacancy vacancy, Referral referral, Position position) {
    }

    private final Vacancies vacancies;
    private final Referrals referrals;
    private final MoveReferral moveReferral;
    private final Event<VacancyStopped> stopped;
    private final Outbox outbox;
    private final Clock clock;

    public Openings(Vacancies vacancies, Referrals referrals, MoveReferral moveReferral,
            Event<VacancyStopped> stopped, Outbox outbox, Clock clock) {
        this.vacancies = vacancies;
        this.referrals = referrals;
        this.moveReferral = moveReferral;
        this.stopped = stopped;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * The vacancy (and referral) a request names, locked for the change.
     *
     * @throws EmploymentRefused
     *             naming the request's fields when the referral is not this participant's to this employer, the vacancy
     *             is not the employer's or not the referral's, or the request also names a rung or occupation
     */
    public Into into(UUID employerId, UUID participantId, UUID vacancyId, UUID referralId, UUID ladderId,
            UUID rungId, String occupationCode) {
        Referral referral = null;
        UUID vacancy = vacancyId;
        if (referralId != null) {
            referral = referrals.byIdForChange(referralId)
                    .filter(r -> r.employerId().equals(employerId) && r.participantId().equals(participantId))
                    .orElseThrow(() -> new EmploymentRefused(Map.of("referralId",
                            "is not a referral of this participant to this employer")));
            if (vacancy != null && !vacancy.equals(referral.vacancyId())) {
                throw new EmploymentRefused(Map.of("vacancyId", "is not the referral's vacancy"));
            }
            vacancy = referral.vacancyId();
        }
        if (vacancy == null) {
            return new Into(null, null, null);
        }
        Vacancy found = vacancies.byIdForChange(vacancy).filter(v -> v.employerId().equals(employerId))
                .orElseThrow(() -> new EmploymentRefused(Map.of("vacancyId", "is not a vacancy of this employer")));
        if (ladderId != null || rungId != null || occupationCode != null) {
            throw new EmploymentRefused(Map.of(vacancyId != null ? "vacancyId" : "referralId",
                    "names the rung and occupation: leave out ladderId, rungId and occupationCode"));
        }
        Position position = found.rungId() == null
                ? Position.offLadder(found.occupationCode())
                : new Position(found.ladderId(), found.rungId(), found.tier(), found.occupationCode());
        return new Into(found, referral, position);
    }

    /**
     * The job is recorded: the referral moves to hired on its day (today for a job that starts later), and the vacancy
     * gives up an opening; the last one fills it and withdraws its other open referrals.
     *
     * @throws EmploymentRefused
     *             naming {@code dayField} when the day is before the referral's current stage
     */
    public void take(Into into, String by, LocalDate day, String dayField) {
        LocalDate today = LocalDate.now(clock);
        if (into.referral() != null) {
            LocalDate last = LocalDate.ofInstant(into.referral().history().get(into.referral().history().size() - 1)
                    .changedAt(), clock.getZone());
            if (!day.isAfter(today) && day.isBefore(last)) {
                throw new EmploymentRefused(Map.of(dayField, "is before the referral's current stage (" + last + ")"));
            }
            moveReferral.hired(into.referral(), by, day.isAfter(today) ? null : day);
        }
        if (into.vacancy() != null) {
            into.vacancy().takeOpening(clock);
            outbox.publish(into.vacancy());
            if (into.vacancy().status() == VacancyStatus.FILLED) {
                stopped.fire(new VacancyStopped(into.vacancy().id(), "filled"));
            }
        }
    }
}
