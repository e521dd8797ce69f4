package org.rungs.employer.referral.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.employer.candidate.domain.Candidate;
import org.rungs.employer.candidate.domain.Candidates;
import org.rungs.employer.employment.domain.Employments;
import org.rungs.employer.referral.domain.AlreadyReferred;
import org.rungs.employer.referral.domain.InternalFirst;
import org.rungs.employer.referral.domain.NotConsenting;
import org.rungs.employer.referral.domain.Referral;
import org.rungs.employer.referral.domain.ReferralRefused;
import org.rungs.employer.referral.domain.Referrals;
import org.rungs.employer.vacancy.domain.UnknownVacancy;
import org.rungs.employer.vacancy.domain.Vacancies;
import org.rungs.employer.vacancy.domain.Vacancy;
import org.rungs.employer.vacancy.domain.VacancyNotOpen;
import org.rungs.employer.vacancy.domain.VacancyStatus;
import org.rungs.spine.outbox.Outbox;

/**
 * A navigator refers a participant of their agency, who consents to share their profile with employers, to an open
 * vacancy ({@code referral.changed.v1}, stage referred). During the vacancy's internal-first window only the employer's
 * incumbent workers may be referred.
 */
@ApplicationScoped
public class ReferParticipant {

    /**
     * @param agency
     *            the referring navigator's agency; null for a network admin, who may refer anyone
     */
    public record Command(UUID vacancyId, UUID participantId, String agency, String referredBy, LocalDate on) {
    }

    private final Referrals referrals;
    private final Candidates candidates;
    private final Vacancies vacancies;
    private final Employments employments;
    private final Outbox outbox;
    private final Clock clock;

    public ReferParticipant(Referrals referrals, Candidates candidates, Vacancies vacancies, Employments employments,
            Outbox outbox, Clock clock) {
        this.referrals = referrals;
        this.candidates = candidates;
        this.vacancies = vacancies;
        this.employments = employments;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Referral refer(Command c) {
        Vacancy vacancy = vacancies.byId(c.vacancyId()).orElseThrow(() -> new UnknownVacancy(c.vacancyId()));
        Candidate candidate = candidates.byIdForChange(c.participantId())
                .filter(p -> c.agency() == null || p.partnerAgency().equals(c.agency()))
                .orElseThrow(() -> new ReferralRefused(Map.of("participantId",
                        c.agency() == null
                                ? "is not a participant enrolled in the network"
                                : "is not a participant of your agency")));
        if (!candidate.sharesWithEmployers()) {
            throw new NotConsenting(c.participantId());
        }
        if (vacancy.status() != VacancyStatus.OPEN) {
            throw new VacancyNotOpen(vacancy.id(), vacancy.status(), "only an open vacancy takes referrals");
        }
        LocalDate day = c.on() == null ? LocalDate.now(clock) : c.on();
        if (vacancy.openedAt() != null && day.isBefore(LocalDate.ofInstant(vacancy.openedAt(), clock.getZone()))) {
            throw new ReferralRefused(Map.of("on", "is before the vacancy opened"));
        }
        if (vacancy.internalOnlyOn(day) && !employments.employs(vacancy.employerId(), c.participantId())) {
            throw new InternalFirst(vacancy.id(), vacancy.internalFirstUntil());
        }
        referrals.openFor(c.participantId(), c.vacancyId()).ifPresent(open -> {
            throw new AlreadyReferred(c.participantId(), c.vacancyId(), open.id());
        });
        Referral referral = Referral.refer(vacancy.id(), vacancy.employerId(), candidate.id(),
                candidate.partnerAgency(), c.referredBy(), c.on(), clock);
        referrals.add(referral);
        outbox.publish(referral);
        return referral;
    }
}
