package org.rungs.employer.employment.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.rungs.employer.employment.domain.CheckIn;
import org.rungs.employer.employment.domain.Employment;
import org.rungs.employer.employment.domain.EmploymentStatus;
import org.rungs.employer.employment.domain.Promotion;
import org.rungs.employer.employment.domain.SeparationReason;

/** An employment with its promotions and retention check-ins. */
public record EmploymentResponse(UUID id, UUID participantId, UUID employerId, UUID vacancyId, UUID referralId,
        boolean incumbent, LocalDate startDate, BigDecimal weeklyHours, String hiredOccupationCode,
        BigDecimal hiredWage, UUID ladderId, UUID rungId, Integer tier, String occupationCode, BigDecimal hourlyWage,
        EmploymentStatus status, LocalDate separatedOn, SeparationReason separationReason,
        List<PromotionResponse> promotions, List<CheckInResponse> checkIns, Instant recordedAt) {

    public record PromotionResponse(UUID id, UUID fromRungId, Integer fromTier, String fromOccupationCode,
            UUID toRungId, Integer toTier, String toOccupationCode, BigDecimal wageBefore, BigDecimal wageAfter,
            LocalDate promotedOn) {

        static PromotionResponse of(Promotion p) {
            return new PromotionResponse(p.id(), p.from().rungId(), p.from().tier(), p.from().occupationCode(),
                    p.to().rungId(), p.to().tier(), p.to().occupationCode(), p.wageBefore(), p.wageAfter(),
                    p.promotedOn());
        }
    }

    public record CheckInResponse(int daysAfterHire, LocalDate dueOn, LocalDate checkedOn, Boolean stillEmployed,
            BigDecimal hourlyWage, UUID rungId, String occupationCode) {

        static CheckInResponse of(CheckIn c) {
            return new CheckInResponse(c.daysAfterHire(), c.dueOn(), c.checkedOn(), c.stillEmployed(),
                    c.hourlyWage(), c.rungId(), c.occupationCode());
        }
    }

    static EmploymentResponse of(Employment e) {
        var p = e.position();
        return new EmploymentResponse(e.id(), e.participantId(), e.employerId(), e.vacancyId(), e.referralId(),
                e.incumbent(), e.startDate(), e.weeklyHours(), e.hiredOccupationCode(), e.hiredWage(), p.ladderId(),
                p.rungId(), p.tier(), p.occupationCode(), e.hourlyWage(), e.status(), e.separatedOn(),
                e.separationReason(), e.promotions().stream().map(PromotionResponse::of).toList(),
                e.checkIns().stream().map(CheckInResponse::of).toList(), e.recordedAt());
    }
}
