package org.rungs.training.cohort.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.rungs.training.cohort.domain.Cohort;
import org.rungs.training.cohort.domain.CohortStatus;
import org.rungs.training.program.domain.DeliveryMode;

/** A cohort and how many of its seats are free. */
public record CohortResponse(UUID id, UUID programId, UUID providerId, LocalDate startDate, LocalDate endDate,
        List<String> meetingDays, LocalTime startTime, LocalTime endTime, DeliveryMode deliveryMode, String location,
        int seats, long seatsFree, BigDecimal costToParticipant, CohortStatus status, String cancelReason,
        Instant scheduledAt) {

    public static CohortResponse of(Cohort c, long seatsTaken) {
        return new CohortResponse(c.id(), c.programId(), c.providerId(), c.startDate(), c.endDate(),
                c.meetingDays().stream().map(d -> d.name().toLowerCase(Locale.ROOT)).toList(), c.startTime(),
                c.endTime(), c.deliveryMode(), c.location(), c.seats(), Math.max(0, c.seats() - seatsTaken),
                c.costToParticipant(), c.status(), c.cancelReason(), c.scheduledAt());
    }
}
