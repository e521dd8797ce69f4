package org.rungs.participant.participation.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.rungs.participant.participation.application.ParticipationStanding;
import org.rungs.participant.participation.domain.ExitRule;
import org.rungs.participant.participation.domain.ParticipantExit;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Where a participant stands under the 90-day rule as of a day: participating, exited (with the exit date) or not
 * started, each period of participation so far. {@code exitDueOn}: the day a participating participant will have exited
 * (on {@code lastService}) if no service is delivered or scheduled before it.
 */
public record ExitResponse(LocalDate asOf, Status status, LocalDate exitDate, LocalDate lastService,
        Long daysWithoutService, LocalDate nextScheduled, LocalDate exitDueOn, List<PeriodResponse> periods) {

    public enum Status {

        NOT_STARTED, PARTICIPATING, EXITED;

        @JsonValue
        public String wire() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    /**
     * A period of participation; for an exited one, whether its exit is announced ({@code participant.exited.v1}) and
     * the exclusion recorded for it.
     */
    public record PeriodResponse(LocalDate start, LocalDate lastService, LocalDate exitDate, LocalDate exitKnownOn,
            Instant announcedAt, ExclusionResponse exclusion) {
    }

    static ExitResponse of(ParticipationStanding.View view) {
        ExitRule.Standing s = view.standing();
        List<PeriodResponse> periods = s.periods().stream().map(p -> new PeriodResponse(p.start(), p.lastService(),
                p.exitDate(), p.exitKnownOn(),
                view.announced().stream().filter(x -> x.exitDate().equals(p.exitDate())).findFirst()
                        .map(ParticipantExit::announcedAt).orElse(null),
                view.exclusions().stream().filter(e -> p.start().equals(e.periodStart()))
                        .reduce((a, b) -> b).map(ExclusionResponse::of).orElse(null)))
                .toList();
        ExitRule.Period current = s.current().orElse(null);
        Status status = Status.valueOf(s.status().name());
        LocalDate exitDueOn = current == null || current.exited() || s.nextScheduled() != null
                ? null
                : current.lastService().plusDays(ExitRule.DAYS);
        return new ExitResponse(s.asOf(), status, current == null ? null : current.exitDate(),
                current == null ? null : current.lastService(), s.daysWithoutService(), s.nextScheduled(),
                exitDueOn, periods);
    }
}
