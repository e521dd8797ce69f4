package org.rungs.employer.referral.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import org.rungs.employer.agreement.domain.Agreements;
import org.rungs.employer.candidate.application.KeepCandidates.ConsentWithdrawn;
import org.rungs.employer.candidate.domain.Candidates;
import org.rungs.employer.referral.domain.InterviewCommitted;
import org.rungs.employer.referral.domain.Referral;
import org.rungs.employer.referral.domain.ReferralRefused;
import org.rungs.employer.referral.domain.Referrals;
import org.rungs.employer.referral.domain.Stage;
import org.rungs.employer.referral.domain.UnknownReferral;
import org.rungs.employer.vacancy.application.VacancyStopped;
import org.rungs.employer.vacancy.domain.Vacancies;
import org.rungs.employer.vacancy.domain.Vacancy;
import org.rungs.spine.outbox.Outbox;

/**
 * A referral moves through its stages ({@code referral.changed.v1}): the participant accepts or declines, the employer
 * interviews, offers or declines, the navigator withdraws it. A hire moves it to hired; a participant who withdraws
 * consent withdraws their open referrals with it.
 */
@ApplicationScoped
public class MoveReferral {

    /** Who withdraws the referrals of a participant who withdrew consent. */
    public static final String CONSENT_WITHDRAWN_BY = "participant:consent-withdrawn";

    private final Referrals referrals;
    private final Vacancies vacancies;
    private final Agreements agreements;
    private final Candidates candidates;
    private final Outbox outbox;
    private final Clock clock;

    public MoveReferral(Referrals referrals, Vacancies vacancies, Agreements agreements, Candidates candidates,
            Outbox outbox, Clock clock) {
        this.referrals = referrals;
        this.vacancies = vacancies;
        this.agreements = agreements;
        this.candidates = candidates;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Referral move(UUID referralId, Stage to, String by, String reason, LocalDate on, boolean byEmployer) {
        if (to == Stage.HIRED) {
            throw new ReferralRefused(Map.of("stage", "is reached by recording the hire (POST "
                    + "/employers/{employerId}/hires with the referralId)"));
        }
        Referral referral = referrals.byIdForChange(referralId).orElseThrow(() -> new UnknownReferral(referralId));
        if (byEmployer && to == Stage.DECLINED
                && (referral.stage() == Stage.REFERRED || referral.stage() == Stage.ACCEPTED)) {
            requireNoInterviewCommitment(referral, on == null ? LocalDate.now(clock) : on);
        }
        referral.move(to, by, reason, on, clock);
        outbox.publish(referral);
        return referral;
    }

    /**
     * An employer that committed, in a hiring agreement in force, to interview every referred candidate who meets the
     * rung's criteria may not decline such a candidate without an interview.
     */
    private void requireNoInterviewCommitment(Referral referral, LocalDate day) {
        Vacancy vacancy = vacancies.byId(referral.vacancyId()).orElse(null);
        if (vacancy == null || vacancy.rungId() == null) {
            return;
        }
        var agreement = agreements.inForce(referral.employerId(), day).stream()
                .filter(a -> a.interviewQualifiedReferrals() && a.wageFloor(vacancy.rungId()).isPresent())
                .findFirst();
        if (agreement.isEmpty()) {
            return;
        }
        Map<String, BigDecimal> held = candidates.byId(referral.participantId()).map(c -> c.skills()).orElse(Map.of());
        boolean meets = vacancy.requiredSkills().stream().allMatch(
                s -> held.getOrDefault(s.elementId(), BigDecimal.ZERO).compareTo(s.minimumLevel()) >= 0);
        if (meets) {
            throw new InterviewCommitted(referral.id(), agreement.get().id());
        }
    }

    /** A hire recorded from the referral moves it to hired, in the hire's transaction, on the day it is recorded. */
    public void hired(Referral referral, String by, LocalDate on) {
        referral.move(Stage.HIRED, by, null, on, clock);
        outbox.publish(referral);
    }

    /** Who withdraws the open referrals of a vacancy that stopped taking candidates. */
    public static final String VACANCY_STOPPED_BY = "employer-service:vacancy-stopped";

    /** A vacancy that closed or filled withdraws its open referrals, and with them their disclosures. */
    void vacancyStopped(@Observes VacancyStopped stopped) {
        for (Referral open : referrals.openOfVacancyForChange(stopped.vacancyId())) {
            open.move(Stage.WITHDRAWN, VACANCY_STOPPED_BY, "The vacancy was " + stopped.why(), clock);
            outbox.publish(open);
        }
    }

    void consentWithdrawn(@Observes ConsentWithdrawn withdrawn) {
        for (Referral open : referrals.openOfParticipantForChange(withdrawn.participantId())) {
            open.move(Stage.WITHDRAWN, CONSENT_WITHDRAWN_BY, "The participant withdrew consent to share their "
                    + "profile with employers", clock);
            outbox.publish(open);
        }
    }
}
