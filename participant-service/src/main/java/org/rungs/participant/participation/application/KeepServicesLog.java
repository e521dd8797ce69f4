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
import org.rungs.participant.participation.domain.ExitAlreadyAnnounced;
import org.rungs.participant.participation.domain.ParticipantExit;
import org.rungs.participant.participation.domain.ServiceKind;
import org.rungs.participant.participation.domain.ServiceRecord;
import org.rungs.participant.participation.domain.UnknownService;
import org.rungs.spine.outbox.Outbox;

/** A navigator logs the services a participant receives or is scheduled for, and cancels scheduled ones. */
@ApplicationScoped
public class KeepServicesLog {

    public record Command(UUID participantId, ServiceKind kind, LocalDate date, String description,
            String recordedBy) {
    }

    private final Participants participants;
    private final CaseRecords records;
    private final Outbox outbox;
    private final Clock clock;

    public KeepServicesLog(Participants participants, CaseRecords records, Outbox outbox, Clock clock) {
        this.participants = participants;
        this.records = records;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Logs a service ({@code service.recorded.v1}). The participant is locked, so the daily exit job sees the log
     * either before or after it.
     *
     * @throws DatedBeforeEntry
     *             when the day is before the participant's program entry
     * @throws ExitAlreadyAnnounced
     *             when the day falls in the 90 days that made an announced exit
     */
    @Transactional
    public ServiceRecord log(Command c) {
        Participant p = participants.byIdForChange(c.participantId())
                .orElseThrow(() -> new UnknownParticipant(c.participantId()));
        if (c.date().isBefore(p.programEntryDate())) {
            throw new DatedBeforeEntry("service", c.date(), p.programEntryDate());
        }
        for (ParticipantExit exit : records.exits(p.id())) {
            if (exit.closes(c.date())) {
                throw new ExitAlreadyAnnounced(c.date(), exit.exitDate());
            }
        }
        ServiceRecord service = ServiceRecord.log(p.id(), p.partnerAgency(), c.kind(), c.date(), c.description(),
                c.recordedBy(), clock);
        records.add(service);
        outbox.publish(service);
        return service;
    }

    /** Cancels a scheduled service ({@code service.cancelled.v1}); cancelling it again changes nothing. */
    @Transactional
    public ServiceRecord cancel(UUID participantId, UUID serviceId, String reason, String by) {
        participants.byIdForChange(participantId).orElseThrow(() -> new UnknownParticipant(participantId));
        ServiceRecord service = records.service(participantId, serviceId)
                .orElseThrow(() -> new UnknownService(serviceId));
        if (service.cancel(reason, by, clock)) {
            outbox.publish(service);
        }
        return service;
    }
}
