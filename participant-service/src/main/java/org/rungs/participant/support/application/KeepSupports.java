package org.rungs.participant.support.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.participant.participant.domain.Barrier;
import org.rungs.participant.participant.domain.Participant;
import org.rungs.participant.participant.domain.Participants;
import org.rungs.participant.participant.domain.UnknownParticipant;
import org.rungs.participant.participation.domain.DatedBeforeEntry;
import org.rungs.participant.support.domain.SupportOutcome;
import org.rungs.participant.support.domain.SupportReferral;
import org.rungs.participant.support.domain.Supports;
import org.rungs.participant.support.domain.UnknownSupport;
import org.rungs.spine.outbox.Outbox;

/** A navigator refers a participant to supports for their barriers and follows each to its end. */
@ApplicationScoped
public class KeepSupports {

    public record Referral(UUID participantId, Barrier barrier, String provider, String description, LocalDate on,
            String referredBy) {
    }

    private final Participants participants;
    private final Supports supports;
    private final Outbox outbox;
    private final Clock clock;

    public KeepSupports(Participants participants, Supports supports, Outbox outbox, Clock clock) {
        this.participants = participants;
        this.supports = supports;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Refers the participant ({@code support.referred.v1}); not before their program entry. */
    @Transactional
    public SupportReferral refer(Referral r) {
        Participant p = participants.byIdForChange(r.participantId())
                .orElseThrow(() -> new UnknownParticipant(r.participantId()));
        if (r.on() != null && r.on().isBefore(p.programEntryDate())) {
            throw new DatedBeforeEntry("support referral", r.on(), p.programEntryDate());
        }
        SupportReferral support = SupportReferral.refer(p.id(), p.partnerAgency(), r.barrier(), r.provider(),
                r.description(), r.on(), r.referredBy(), clock);
        supports.add(support);
        outbox.publish(support);
        return support;
    }

    @Transactional
    public SupportReferral start(UUID participantId, UUID supportId, LocalDate on) {
        SupportReferral support = forChange(participantId, supportId);
        support.start(on, clock);
        outbox.publish(support);
        return support;
    }

    @Transactional
    public SupportReferral end(UUID participantId, UUID supportId, SupportOutcome outcome, LocalDate on) {
        SupportReferral support = forChange(participantId, supportId);
        support.end(outcome, on, clock);
        outbox.publish(support);
        return support;
    }

    private SupportReferral forChange(UUID participantId, UUID supportId) {
        return supports.byIdForChange(supportId).filter(s -> s.participantId().equals(participantId))
                .orElseThrow(() -> new UnknownSupport(supportId));
    }
}
