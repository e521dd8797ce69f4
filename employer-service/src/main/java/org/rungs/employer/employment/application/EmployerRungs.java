package org.rungs.employer.employment.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.employer.agreement.domain.Agreement;
import org.rungs.employer.agreement.domain.Agreements;
import org.rungs.employer.employment.domain.BelowWageFloor;
import org.rungs.employer.employment.domain.EmploymentRefused;
import org.rungs.employer.employment.domain.Position;
import org.rungs.employer.ladder.domain.Ladders;
import org.rungs.employer.suggestion.domain.OccupationalData;

/**
 * Where an employer's workers can stand and what the employer's agreements ask for it: a rung of a published ladder the
 * employer hires into (or an occupation at no rung), its wage floor and the retention check-in schedule.
 */
@ApplicationScoped
public class EmployerRungs {

    private final Ladders ladders;
    private final Agreements agreements;

    public EmployerRungs(Ladders ladders, Agreements agreements) {
        this.ladders = ladders;
        this.agreements = agreements;
    }

    /**
     * The position a request names: a rung ({@code ladderId} and {@code rungId}) or an occupation.
     *
     * @throws EmploymentRefused
     *             naming the request's fields when the rung is not one the employer hires into on a published ladder,
     *             or the occupation is unknown
     */
    public Position position(UUID employerId, UUID ladderId, UUID rungId, String occupationCode) {
        Map<String, String> refused = new LinkedHashMap<>();
        if (rungId != null) {
            if (ladderId == null) {
                throw new EmploymentRefused(Map.of("ladderId", "is required with rungId"));
            }
            var rung = ladders.byId(ladderId).flatMap(l -> l.publishedRung(rungId))
                    .filter(r -> r.jobTitleAt(employerId).isPresent());
            if (rung.isEmpty()) {
                throw new EmploymentRefused(Map.of("rungId",
                        "is not a rung of a published ladder that this employer hires into"));
            }
            if (occupationCode != null && !occupationCode.equals(rung.get().occupationCode())) {
                refused.put("occupationCode", "is not the rung's occupation (" + rung.get().occupationCode() + ")");
            }
            if (!refused.isEmpty()) {
                throw new EmploymentRefused(refused);
            }
            return new Position(ladderId, rungId, rung.get().tier(), rung.get().occupationCode());
        }
        if (ladderId != null) {
            throw new EmploymentRefused(Map.of("rungId", "is required with ladderId"));
        }
        if (occupationCode == null) {
            throw new EmploymentRefused(Map.of("occupationCode", "is required at no rung"));
        }
        if (OccupationalData.get().title(occupationCode).isEmpty()) {
            throw new EmploymentRefused(Map.of("occupationCode", "is not an occupation of O*NET 30.0 or NOC 2021"));
        }
        return Position.offLadder(occupationCode);
    }

    /**
     * Refuses a wage below the highest floor that the employer's agreements in force on the day set for the rung.
     *
     * @throws BelowWageFloor
     *             naming {@code field}
     */
    public void requireWageFloor(UUID employerId, Position position, LocalDate day, BigDecimal wage, String field) {
        if (!position.onLadder()) {
            return;
        }
        agreements.inForce(employerId, day).stream()
                .filter(a -> a.wageFloor(position.rungId()).isPresent())
                .max(Comparator.comparing((Agreement a) -> a.wageFloor(position.rungId()).orElseThrow()))
                .ifPresent(a -> {
                    BigDecimal floor = a.wageFloor(position.rungId()).orElseThrow();
                    if (wage.compareTo(floor) < 0) {
                        throw new BelowWageFloor(field, wage, floor, a.id());
                    }
                });
    }

    /**
     * The retention check-ins a hire on a day schedules: those of an agreement in force covering the rung (or, at no
     * rung, any agreement of the employer in force), else 30, 90 and 180 days.
     */
    public List<Integer> checkInDays(UUID employerId, Position position, LocalDate day) {
        return agreements.inForce(employerId, day).stream()
                .filter(a -> !position.onLadder() || a.wageFloor(position.rungId()).isPresent())
                .min(Comparator.comparing(Agreement::signedOn).reversed())
                .map(Agreement::checkInDays)
                .orElse(Agreement.DEFAULT_CHECK_IN_DAYS);
    }
}
