package org.rungs.participant.consent.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.rungs.contracts.common.SkillLevel;
import org.rungs.contracts.participant.ConsentChanged;
import org.rungs.participant.consent.domain.ConsentPurpose;
import org.rungs.participant.consent.domain.ConsentRecord;
import org.rungs.participant.consent.domain.ConsentRecords;
import org.rungs.participant.consent.domain.ConsentScope;
import org.rungs.participant.consent.domain.UnknownConsent;
import org.rungs.participant.disclosure.domain.Disclosures;
import org.rungs.participant.participant.domain.Participant;
import org.rungs.participant.participant.domain.Participants;
import org.rungs.participant.participant.domain.UnknownParticipant;
import org.rungs.participant.skill.domain.SkillRecords;
import org.rungs.spine.domain.RecordedDay;
import org.rungs.spine.outbox.Outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * A participant's consents, as their navigator records them: signed for a purpose, to recipients, over a scope;
 * revoked; expired. After every change the participant's state is settled in the same transaction:
 * {@code consent.changed.v1} with the consents in force, whether they share with employers (matching), and every open
 * disclosure of contact the consents no longer cover ended.
 */
@ApplicationScoped
public class KeepConsents {

    private static final Logger LOG = Logger.getLogger(KeepConsents.class);
    private static final int BATCH = 500;

    private final Participants participants;
    private final ConsentRecords consents;
    private final SkillRecords skills;
    private final Disclosures disclosures;
    private final Outbox outbox;
    private final Clock clock;

    public KeepConsents(Participants participants, ConsentRecords consents, SkillRecords skills,
            Disclosures disclosures, Outbox outbox, Clock clock) {
        this.participants = participants;
        this.consents = consents;
        this.skills = skills;
        this.disclosures = disclosures;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Records a consent the participant signed. */
    @Transactional
    public ConsentRecord sign(UUID participantId, ConsentRecord.Terms terms, String recordedBy) {
        Participant p = locked(participantId);
        ConsentRecord consent = ConsentRecord.sign(p.id(), terms, recordedBy, clock);
        consents.add(consent);
        settle(p, recordedBy);
        return consent;
    }

    /** The participant revoked a consent; revoking it again changes nothing. */
    @Transactional
    public ConsentRecord revoke(UUID participantId, UUID consentId, LocalDate on, String by) {
        Participant p = locked(participantId);
        ConsentRecord consent = consents.byIdForChange(consentId).filter(c -> c.participantId().equals(p.id()))
                .orElseThrow(() -> new UnknownConsent(consentId));
        if (consent.revoke(on, by, clock)) {
            settle(p, by);
        }
        return consent;
    }

    /**
     * The share-with-employers switch: on, a matching consent (skills, and contact after an accepted referral) signed
     * today unless one is in force; off, every matching consent in force revoked today. Repeating the current decision
     * changes nothing.
     */
    @Transactional
    public Participant shareWithEmployers(UUID participantId, boolean share, String by) {
        Participant p = locked(participantId);
        LocalDate today = RecordedDay.today(clock);
        List<ConsentRecord> matching = consents.ofParticipant(p.id()).stream()
                .filter(c -> c.purpose() == ConsentPurpose.MATCHING && c.inForce(today)).toList();
        if (share && matching.isEmpty()) {
            consents.add(ConsentRecord.sign(p.id(), ConsentRecord.shareWithEmployers(today, "share with employers: on"),
                    by, clock));
            settle(p, by);
        } else if (!share && !matching.isEmpty()) {
            matching.forEach(c -> c.revoke(today, by, clock));
            settle(p, by);
        }
        return p;
    }

    /** Whether the participant's consents in force today let the employer see their name and contact. */
    @Transactional
    public boolean contactDisclosable(UUID participantId, UUID employerId) {
        LocalDate today = RecordedDay.today(clock);
        return consents.ofParticipant(participantId).stream()
                .anyMatch(c -> c.covers("employer:" + employerId, ConsentScope.CONTACT, today));
    }

    @Scheduled(cron = "${rungs.participant.consent-expiry-check:0 5 0 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        int settled = announceExpiries();
        if (settled > 0) {
            LOG.infof("Consents expired for %d participants", settled);
        }
    }

    /** Consents whose expiry day passed: each participant's state is settled once; returns how many. */
    public int announceExpiries() {
        LocalDate today = RecordedDay.today(clock);
        int settled = 0;
        List<UUID> due;
        do {
            due = consents.withExpiryDueBefore(today, BATCH);
            for (UUID participantId : due) {
                QuarkusTransaction.requiringNew().run(() -> {
                    Participant p = locked(participantId);
                    consents.ofParticipant(p.id()).stream().filter(c -> c.expiryDue(today))
                            .forEach(ConsentRecord::expiryAnnounced);
                    settle(p, "consent expiry");
                });
                settled++;
            }
        } while (due.size() == BATCH);
        return settled;
    }

    private Participant locked(UUID participantId) {
        return participants.byIdForChange(participantId).orElseThrow(() -> new UnknownParticipant(participantId));
    }

    private void settle(Participant p, String by) {
        LocalDate today = RecordedDay.today(clock);
        List<ConsentRecord> inForce = consents.ofParticipant(p.id()).stream().filter(c -> c.inForce(today)).toList();
        boolean share = inForce.stream().anyMatch(c -> c.purpose() == ConsentPurpose.MATCHING);
        List<SkillLevel> current = share ? skills.bestLevels(p.id()) : List.of();
        p.consentsChanged(share, current, inForce.stream().map(KeepConsents::announced).toList(), by, clock)
                .ifPresent(participants::add);
        disclosures.openOfParticipantForChange(p.id()).stream()
                .filter(d -> inForce.stream().noneMatch(
                        c -> c.covers("employer:" + d.recipientEmployerId(), ConsentScope.CONTACT, today)))
                .forEach(d -> d.end(share
                        ? "Consent no longer covers contact with this employer"
                        : "Consent to share with employers withdrawn", clock.instant()));
        outbox.publish(p);
    }

    private static ConsentChanged.Consent announced(ConsentRecord c) {
        return new ConsentChanged.Consent(c.id(), c.purpose().wire(), c.recipients(),
                c.scope().stream().map(ConsentScope::wire).toList(), c.signedOn(), c.expiresOn());
    }
}
