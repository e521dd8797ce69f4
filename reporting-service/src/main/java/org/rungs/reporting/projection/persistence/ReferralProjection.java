package org.rungs.reporting.projection.persistence;

import java.util.List;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.contracts.employer.ReferralChanged;
import org.rungs.spine.messaging.Handlers;

/**
 * Referrals of participants to vacancies: each referral's latest stage ({@code referral_fact}; the change with the
 * latest {@code changedAt} wins, and of two at the same moment the later in a referral's life (referred, accepted,
 * interviewed, offered, then hired, declined or withdrawn), so the order they are read in does not matter) and every
 * stage it reached, when ({@code referral_stage_fact}, one row per change, for funnel counts). Who moved it and why
 * stay in employer-service.
 */
@Singleton
public class ReferralProjection extends SqlProjection {

    /**
     * A stage's place in a referral's life, to order two stages of one day (facts recorded late are stamped at noon of
     * their day): referred, accepted, interviewed, offered, then the final ones.
     */
    private static final String LIFECYCLE = "array_position(array['referred', 'accepted', 'interviewed', 'offered', "
            + "'hired', 'declined', 'withdrawn'], %s)";

    public ReferralProjection(EntityManager em) {
        super(em);
    }

    @Override
    public List<String> tables() {
        return List.of("referral_fact", "referral_stage_fact");
    }

    @Override
    public void register(Handlers on) {
        on.on(EmployerEvents.REFERRAL_CHANGED, this::changed);
    }

    void changed(ReferralChanged e) {
        execute("""
                insert into referral_fact (referral_id, vacancy_id, employer_id, participant_id, partner_agency, stage,
                    previous_stage, changed_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                on conflict (referral_id) do update set vacancy_id = excluded.vacancy_id,
                    employer_id = excluded.employer_id, participant_id = excluded.participant_id,
                    partner_agency = excluded.partner_agency, stage = excluded.stage,
                    previous_stage = excluded.previous_stage, changed_at = excluded.changed_at
                where (referral_fact.changed_at, %1$s) <= (excluded.changed_at, %2$s)"""
                .formatted(LIFECYCLE.formatted("referral_fact.stage"), LIFECYCLE.formatted("excluded.stage")),
                e.referralId(), e.vacancyId(), e.employerId(), e.participantId(), e.partnerAgency(), e.stage(),
                nullable(e.previousStage(), String.class), e.changedAt());
        execute("""
                insert into referral_stage_fact (referral_id, stage, changed_at, vacancy_id, employer_id,
                    participant_id, partner_agency)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                on conflict (referral_id, stage, changed_at) do nothing""",
                e.referralId(), e.stage(), e.changedAt(), e.vacancyId(), e.employerId(), e.participantId(),
                e.partnerAgency());
    }
}
