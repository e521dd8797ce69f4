package org.rungs.participant.participation.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The 90-day rule (20 CFR 677.150(c); TEGL 10-16, Change 3): a participant exits when 90 consecutive days pass with no
 * service that keeps them participating and none is scheduled; the exit date is the last day of such a service. A
 * service after an exit starts a new period of participation.
 *
 * <p>
 * Evaluated as of a day, from the services as they are recorded (cancelled ones left out):
 * <ul>
 * <li>a service dated on or before the day was delivered, however late it was logged;</li>
 * <li>a service dated after the day is scheduled, if it was logged by then;</li>
 * <li>between two delivered services more than 90 days apart, the participant exited on the earlier one unless the
 * later one had been logged (scheduled) by the 90th day of the gap;</li>
 * <li>after the last delivered service, the participant has exited once 90 days have passed, unless a service logged by
 * the 90th day is scheduled.</li>
 * </ul>
 * The same records give the same answer for the same day. A service logged late counts on its own day, so until an exit
 * is announced such a service can still change it; once announced, an exit never moves (a service inside its 90 days is
 * refused: {@link ExitAlreadyAnnounced}).
 */
public final class ExitRule {

    /** Days without a service after which a participant exits. */
    public static final int DAYS = 90;

    private ExitRule() {
    }

    /** A service as the rule sees it: its day, its kind, and the day it was logged. */
    public record Service(LocalDate date, ServiceKind kind, LocalDate loggedOn) {
    }

    /**
     * A period of participation: from its first service to its last; exited when 90 days passed with nothing scheduled,
     * on the day they passed ({@code exitKnownOn}).
     */
    public record Period(LocalDate start, LocalDate lastService, LocalDate exitDate, LocalDate exitKnownOn) {

        public boolean exited() {
            return exitDate != null;
        }
    }

    /** Where a participant stands as of a day: every period so far, the current one last. */
    public record Standing(LocalDate asOf, List<Period> periods, LocalDate nextScheduled) {

        public Optional<Period> current() {
            return periods.isEmpty() ? Optional.empty() : Optional.of(periods.getLast());
        }

        public Status status() {
            return current().map(p -> p.exited() ? Status.EXITED : Status.PARTICIPATING).orElse(Status.NOT_STARTED);
        }

        /** Days since the last service that keeps the participant participating; null before the first. */
        public Long daysWithoutService() {
            return current().map(p -> ChronoUnit.DAYS.between(p.lastService(), asOf)).orElse(null);
        }
    }

    public enum Status {
        NOT_STARTED, PARTICIPATING, EXITED
    }

    public static Standing asOf(List<Service> services, LocalDate asOf) {
        List<Service> counted = services.stream().filter(s -> s.kind().keepsParticipating())
                .filter(s -> !s.loggedOn().isAfter(asOf) || !s.date().isAfter(asOf))
                .sorted(Comparator.comparing(Service::date)).toList();
        List<Service> delivered = counted.stream().filter(s -> !s.date().isAfter(asOf)).toList();
        LocalDate nextScheduled = counted.stream().filter(s -> s.date().isAfter(asOf)).map(Service::date).findFirst()
                .orElse(null);
        List<Period> periods = new ArrayList<>();
        if (delivered.isEmpty()) {
            return new Standing(asOf, periods, nextScheduled);
        }
        LocalDate start = delivered.getFirst().date();
        LocalDate last = start;
        for (Service next : delivered.subList(1, delivered.size())) {
            if (exitedBetween(last, next)) {
                periods.add(new Period(start, last, last, last.plusDays(DAYS)));
                start = next.date();
            }
            last = next.date();
        }
        LocalDate lastService = last;
        boolean heldOpen = counted.stream()
                .anyMatch(s -> s.date().isAfter(asOf) && !s.loggedOn().isAfter(lastService.plusDays(DAYS)));
        boolean exited = !heldOpen && ChronoUnit.DAYS.between(last, asOf) >= DAYS;
        periods.add(exited ? new Period(start, last, last, last.plusDays(DAYS)) : new Period(start, last, null, null));
        return new Standing(asOf, periods, nextScheduled);
    }

    /** A gap of more than 90 days ends a period unless the service after it was scheduled by the 90th day. */
    private static boolean exitedBetween(LocalDate last, Service next) {
        LocalDate ninetieth = last.plusDays(DAYS);
        return next.date().isAfter(ninetieth) && next.loggedOn().isAfter(ninetieth);
    }
}
