package org.rungs.reporting.projection.persistence;

import java.time.LocalDate;
import java.util.List;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

import org.rungs.contracts.employer.AgreementEnded;
import org.rungs.contracts.employer.AgreementSigned;
import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.spine.messaging.Handlers;

/**
 * Hiring agreements and the rungs they cover with their wage floors. The signing writes the terms and the end writes
 * {@code ended_on} and {@code end_reason}, each in its own columns, so they give the same row in either order. A
 * signing recorded later than the one kept replaces the terms and the rungs covered.
 */
@Singleton
public class AgreementProjection extends SqlProjection {

    public AgreementProjection(EntityManager em) {
        super(em);
    }

    @Override
    public List<String> tables() {
        return List.of("agreement_fact", "agreement_rung_fact");
    }

    @Override
    public void register(Handlers on) {
        on.on(EmployerEvents.AGREEMENT_SIGNED, this::signed)
                .on(EmployerEvents.AGREEMENT_ENDED, this::ended);
    }

    void signed(AgreementSigned e) {
        int newer = execute("""
                insert into agreement_fact (agreement_id, employer_id, interview_qualified_referrals,
                    internal_first_days, check_in_days, signed_on, starts_on, ends_on, signed_at)
                values (?1, ?2, ?3, ?4, cast(?5 as integer[]), ?6, ?7, ?8, ?9)
                on conflict (agreement_id) do update set employer_id = excluded.employer_id,
                    interview_qualified_referrals = excluded.interview_qualified_referrals,
                    internal_first_days = excluded.internal_first_days, check_in_days = excluded.check_in_days,
                    signed_on = excluded.signed_on, starts_on = excluded.starts_on, ends_on = excluded.ends_on,
                    signed_at = excluded.signed_at
                where agreement_fact.signed_at is null or agreement_fact.signed_at < excluded.signed_at""",
                e.agreementId(), e.employerId(), e.interviewQualifiedReferrals(), e.internalFirstDays(),
                integers(e.checkInDays()), e.signedOn(), e.startsOn(), nullable(e.endsOn(), LocalDate.class),
                e.recordedAt());
        if (newer == 0) {
            return;
        }
        execute("delete from agreement_rung_fact where agreement_id = ?1", e.agreementId());
        for (AgreementSigned.RungCommitment rung : e.rungs()) {
            execute("""
                    insert into agreement_rung_fact (agreement_id, ladder_id, rung_id, wage_floor)
                    values (?1, ?2, ?3, ?4)
                    on conflict (agreement_id, ladder_id, rung_id) do update set wage_floor = excluded.wage_floor""",
                    e.agreementId(), rung.ladderId(), rung.rungId(), rung.wageFloor());
        }
    }

    /** The latest end recorded wins (there is only one; a replay reads it again). */
    void ended(AgreementEnded e) {
        execute("""
                insert into agreement_fact (agreement_id, employer_id, ended_on, end_reason, ended_at)
                values (?1, ?2, ?3, ?4, ?5)
                on conflict (agreement_id) do update set ended_on = excluded.ended_on,
                    end_reason = excluded.end_reason, ended_at = excluded.ended_at
                where agreement_fact.ended_at is null or agreement_fact.ended_at <= excluded.ended_at""",
                e.agreementId(), e.employerId(), e.endedOn(), e.reason(), e.recordedAt());
    }
}
