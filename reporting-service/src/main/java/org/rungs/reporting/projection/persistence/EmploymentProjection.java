package org.rungs.reporting.projection.persistence;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.contracts.employer.HireRecorded;
import org.rungs.contracts.employer.PromotionRecorded;
import org.rungs.contracts.employer.RetentionChecked;
import org.rungs.contracts.employer.SeparationRecorded;
import org.rungs.spine.messaging.Handlers;

/**
 * Employment facts for the career-ladder indicators (placements, promotions, wage gain, time to a rung, retention at
 * 30, 90 and 180 days): the hire that starts an employment, its promotions, its retention check-ins and its separation.
 * Each fact is kept by its own id (a check-in by employment and days after the hire), a fact recorded later replacing
 * one recorded earlier, and an employment's facts are joined by employment id at query time: the order in which they
 * are read does not matter.
 */
@Singleton
public class EmploymentProjection extends SqlProjection {

    public EmploymentProjection(EntityManager em) {
        super(em);
    }

    @Override
    public List<String> tables() {
        return List.of("hire_fact", "promotion_fact", "retention_check_fact", "separation_fact");
    }

    @Override
    public void register(Handlers on) {
        on.on(EmployerEvents.HIRE_RECORDED, this::hired)
                .on(EmployerEvents.PROMOTION_RECORDED, this::promoted)
                .on(EmployerEvents.RETENTION_CHECKED, this::checked)
                .on(EmployerEvents.SEPARATION_RECORDED, this::separated);
    }

    void hired(HireRecorded e) {
        execute("""
                insert into hire_fact (employment_id, participant_id, employer_id, vacancy_id, referral_id, ladder_id,
                    rung_id, tier, occupation_code, start_date, hourly_wage, weekly_hours, incumbent, recorded_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
                on conflict (employment_id) do update set participant_id = excluded.participant_id,
                    employer_id = excluded.employer_id, vacancy_id = excluded.vacancy_id,
                    referral_id = excluded.referral_id, ladder_id = excluded.ladder_id, rung_id = excluded.rung_id,
                    tier = excluded.tier, occupation_code = excluded.occupation_code,
                    start_date = excluded.start_date, hourly_wage = excluded.hourly_wage,
                    weekly_hours = excluded.weekly_hours, incumbent = excluded.incumbent,
                    recorded_at = excluded.recorded_at
                where hire_fact.recorded_at <= excluded.recorded_at""",
                e.employmentId(), e.participantId(), e.employerId(), nullable(e.vacancyId(), UUID.class),
                nullable(e.referralId(), UUID.class), nullable(e.ladderId(), UUID.class),
                nullable(e.rungId(), UUID.class), nullable(e.tier(), Integer.class), e.occupationCode(),
                e.startDate(), e.hourlyWage(), e.weeklyHours(), e.incumbent(), e.recordedAt());
    }

    void promoted(PromotionRecorded e) {
        execute("""
                insert into promotion_fact (promotion_id, employment_id, participant_id, employer_id, ladder_id,
                    from_rung_id, from_tier, from_occupation_code, to_rung_id, to_tier, to_occupation_code,
                    wage_before, wage_after, promoted_on, recorded_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
                on conflict (promotion_id) do update set employment_id = excluded.employment_id,
                    participant_id = excluded.participant_id, employer_id = excluded.employer_id,
                    ladder_id = excluded.ladder_id, from_rung_id = excluded.from_rung_id,
                    from_tier = excluded.from_tier, from_occupation_code = excluded.from_occupation_code,
                    to_rung_id = excluded.to_rung_id, to_tier = excluded.to_tier,
                    to_occupation_code = excluded.to_occupation_code, wage_before = excluded.wage_before,
                    wage_after = excluded.wage_after, promoted_on = excluded.promoted_on,
                    recorded_at = excluded.recorded_at
                where promotion_fact.recorded_at <= excluded.recorded_at""",
                e.promotionId(), e.employmentId(), e.participantId(), e.employerId(),
                nullable(e.ladderId(), UUID.class), nullable(e.fromRungId(), UUID.class),
                nullable(e.fromTier(), Integer.class), e.fromOccupationCode(), nullable(e.toRungId(), UUID.class),
                nullable(e.toTier(), Integer.class), e.toOccupationCode(), e.wageBefore(), e.wageAfter(),
                e.promotedOn(), e.recordedAt());
    }

    /** One row per scheduled check-in (30, 90, 180... days after the hire). */
    void checked(RetentionChecked e) {
        execute("""
                insert into retention_check_fact (employment_id, days_after_hire, participant_id, employer_id, due_on,
                    checked_on, still_employed, hourly_wage, rung_id, occupation_code, recorded_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                on conflict (employment_id, days_after_hire) do update set participant_id = excluded.participant_id,
                    employer_id = excluded.employer_id, due_on = excluded.due_on, checked_on = excluded.checked_on,
                    still_employed = excluded.still_employed, hourly_wage = excluded.hourly_wage,
                    rung_id = excluded.rung_id, occupation_code = excluded.occupation_code,
                    recorded_at = excluded.recorded_at
                where retention_check_fact.recorded_at <= excluded.recorded_at""",
                e.employmentId(), e.daysAfterHire(), e.participantId(), e.employerId(), e.dueOn(), e.checkedOn(),
                e.stillEmployed(), nullable(e.hourlyWage(), BigDecimal.class), nullable(e.rungId(), UUID.class),
                nullable(e.occupationCode(), String.class), e.recordedAt());
    }

    void separated(SeparationRecorded e) {
        execute("""
                insert into separation_fact (employment_id, participant_id, employer_id, separated_on, reason,
                    recorded_at)
                values (?1, ?2, ?3, ?4, ?5, ?6)
                on conflict (employment_id) do update set participant_id = excluded.participant_id,
                    employer_id = excluded.employer_id, separated_on = excluded.separated_on,
                    reason = excluded.reason, recorded_at = excluded.recorded_at
                where separation_fact.recorded_at <= excluded.recorded_at""",
                e.employmentId(), e.participantId(), e.employerId(), e.separatedOn(), e.reason(), e.recordedAt());
    }
}
