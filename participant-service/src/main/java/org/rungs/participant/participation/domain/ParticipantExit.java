package org.rungs.participant.participation.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.rungs.contracts.participant.ParticipantEvents;
import org.rungs.contracts.participant.ParticipantExited;
import org.rungs.spine.domain.AggregateRoot;

/**
 * An exit the 90-day rule determined and the service announced ({@code participant.exited.v1}). Outcomes are measured
 * from it, so it never moves: a service cannot be logged into the 90 days that made it.
 */
@Entity
@Table(name = "participant_exit")
public class ParticipantExit extends AggregateRoot {

    @Id
    private UUID id;

    @Column(name = "participant_id", nullable = false)
    private UUID participantId;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "exit_date", nullable = false)
    private LocalDate exitDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "exclusion_reason")
    private ExclusionReason exclusionReason;

    @Column(name = "exclusion_date")
    private LocalDate exclusionDate;

    @Column(name = "announced_at", nullable = false)
    private Instant announcedAt;

    protected ParticipantExit() {
    }

    /**
     * Announces the exit that ended a period.
     *
     * @param exclusion
     *            the exclusion recorded for the period, or null
     */
    public static ParticipantExit announce(UUID participantId, String partnerAgency, ExitRule.Period period,
            Exclusion exclusion, Clock clock) {
        if (!period.exited()) {
            throw new IllegalArgumentException("The period from " + period.start() + " has not ended");
        }
        ParticipantExit x = new ParticipantExit();
        x.id = UUID.randomUUID();
        x.participantId = participantId;
        x.periodStart = period.start();
        x.exitDate = period.exitDate();
        x.announcedAt = clock.instant();
        ParticipantExited.Exclusion excluded = null;
        if (exclusion != null) {
            x.exclusionReason = exclusion.reason();
            x.exclusionDate = exclusion.date();
            excluded = new ParticipantExited.Exclusion(exclusion.reason().wire(), exclusion.reason().pirlCode(),
                    exclusion.date());
        }
        x.record(ParticipantEvents.PARTICIPANT_EXITED, new ParticipantExited(participantId, partnerAgency,
                x.periodStart, x.exitDate, excluded, x.announcedAt));
        return x;
    }

    /** Whether a service on the day would fall in the 90 days without service that made this exit. */
    public boolean closes(LocalDate serviceDate) {
        return serviceDate.isAfter(exitDate) && !serviceDate.isAfter(exitDate.plusDays(ExitRule.DAYS));
    }

    public UUID id() {
        return id;
    }

    public UUID participantId() {
        return participantId;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate exitDate() {
        return exitDate;
    }

    public ExclusionReason exclusionReason() {
        return exclusionReason;
    }

    public LocalDate exclusionDate() {
        return exclusionDate;
    }

    public Instant announcedAt() {
        return announcedAt;
    }
}
