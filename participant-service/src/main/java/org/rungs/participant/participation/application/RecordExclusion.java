package org.rungs.participant.participation.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.participant.participant.domain.Participant;
import org.rungs.participant.participant.domain.Participants;
import org.rungs.participant.participant.domain.UnknownParticipant;
import org.rungs.participant.participation.domain.CaseRecords;
import org.rungs.participant.participation.domain.DatedBeforeEntry;
import org.rungs.participant.participation.domain.Exclusion;
import org.rungs.participant.participation.domain.ExclusionReason;
import org.rungs.participant.participation.domain.ExitRule;
import org.rungs.participant.participation.domain.ServiceRecord;
import org.rungs.participant.participation.domain.ServiceRefused;
import org.rungs.spine.domain.RecordedDay;
import org.rungs.spine.outbox.Outbox;

/**
 * A navigator records why a participant leaves performance measurement ({@code participant.excluded.v1}), for the
 * period of participation the day falls in (the latest that started by then, exited or not).
 */
@ApplicationScoped
public class RecordExclusion {

    public record Command(UUID participantId, ExclusionReason reason, LocalDate date, String note,
            String recordedBy) {
    }

    private final Participants participants;
    private final CaseRecords records;
    private final Outbox outbox;
    private final Clock clock;

    public RecordExclusion(Participants participants, CaseRecords records, Outbox outbox, Clock clock) {
        this.participants = participants;
        this.records = records;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Exclusion record(Command c) {
        Participant p = participants.byIdForChange(c.participantId())
                .orElseThrow(() -> new UnknownParticipant(c.participantId()));
        if (c.date().isAfter(RecordedDay.today(clock))) {
            throw new ServiceRefused("date", "is in the future");
        }
        if (c.date().isBefore(p.programEntryDate())) {
            throw new DatedBeforeEntry("exclusion", c.date(), p.programEntryDate());
        }
        LocalDate periodStart = ExitRule.asOf(records.services(p.id()).stream().filter(s -> !s.cancelled())
                .map(ServiceRecord::forExitRule).toList(), c.date()).current().map(ExitRule.Period::start)
                .orElse(null);
        Exclusion exclusion = Exclusion.record(p.id(), c.reason(), c.date(), periodStart, c.note(), c.recordedBy(),
                clock);
        records.add(exclusion);
        outbox.publish(exclusion);
        return exclusion;
    }
}
