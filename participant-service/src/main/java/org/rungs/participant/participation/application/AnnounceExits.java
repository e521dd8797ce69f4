package org.rungs.participant.participation.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;
import org.rungs.participant.participant.domain.Participant;
import org.rungs.participant.participant.domain.Participants;
import org.rungs.participant.participation.domain.CaseRecords;
import org.rungs.participant.participation.domain.Exclusion;
import org.rungs.participant.participation.domain.ExitRule;
import org.rungs.participant.participation.domain.ParticipantExit;
import org.rungs.participant.participation.domain.ServiceRecord;
import org.rungs.spine.domain.RecordedDay;
import org.rungs.spine.outbox.Outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Every night, the exits of the day that just ended: each period of participation the 90-day rule ends by then is
 * announced once ({@code participant.exited.v1}), with the exclusion recorded for it if any. One transaction per
 * participant, their record locked, so a service logged meanwhile is seen either before or after.
 */
@ApplicationScoped
public class AnnounceExits {

    private static final Logger LOG = Logger.getLogger(AnnounceExits.class);
    private static final int BATCH = 1000;

    private final Participants participants;
    private final CaseRecords records;
    private final Outbox outbox;
    private final Clock clock;

    public AnnounceExits(Participants participants, CaseRecords records, Outbox outbox, Clock clock) {
        this.participants = participants;
        this.records = records;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(cron = "${rungs.participant.exit-check:0 15 2 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        int announced = announceEndedBy(RecordedDay.today(clock).minusDays(1));
        if (announced > 0) {
            LOG.infof("%d exits announced", announced);
        }
    }

    /** The exits of yesterday and before not announced yet: the day that ended is the last one the rule can judge. */
    public int announceUpToYesterday() {
        return announceEndedBy(RecordedDay.today(clock).minusDays(1));
    }

    /** Announces every exit the rule determines by the day (as of it) that is not announced yet; returns how many. */
    public int announceEndedBy(LocalDate day) {
        int total = 0;
        while (true) {
            List<UUID> candidates = records.mayHaveExitedBy(day, BATCH);
            int announced = 0;
            for (UUID participantId : candidates) {
                announced += QuarkusTransaction.requiringNew().call(() -> announceFor(participantId, day));
            }
            total += announced;
            if (candidates.size() < BATCH || announced == 0) {
                return total;
            }
        }
    }

    private int announceFor(UUID participantId, LocalDate day) {
        Participant p = participants.byIdForChange(participantId).orElseThrow();
        Set<LocalDate> announced = records.exits(participantId).stream().map(ParticipantExit::exitDate)
                .collect(Collectors.toSet());
        List<Exclusion> exclusions = records.exclusions(participantId);
        ExitRule.Standing standing = ExitRule.asOf(records.services(participantId).stream()
                .filter(s -> !s.cancelled()).map(ServiceRecord::forExitRule).toList(), day);
        int count = 0;
        for (ExitRule.Period period : standing.periods()) {
            if (period.exited() && !announced.contains(period.exitDate())) {
                Exclusion exclusion = exclusions.stream().filter(e -> period.start().equals(e.periodStart()))
                        .max(Comparator.comparing(Exclusion::recordedAt)).orElse(null);
                ParticipantExit exit = ParticipantExit.announce(participantId, p.partnerAgency(), period, exclusion,
                        clock);
                records.add(exit);
                outbox.publish(exit);
                count++;
            }
        }
        return count;
    }
}
