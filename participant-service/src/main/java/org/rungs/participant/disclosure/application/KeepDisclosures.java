package org.rungs.participant.disclosure.application;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.rungs.contracts.employer.ReferralChanged;
import org.rungs.participant.consent.application.KeepConsents;
import org.rungs.participant.disclosure.domain.Disclosure;
import org.rungs.participant.disclosure.domain.Disclosures;
import org.rungs.participant.participant.domain.Participants;

/**
 * Records consent disclosures from the referrals participants accept ({@code referral.changed.v1}): acceptance opens
 * one to the vacancy's employer, if the participant's consents cover contact with it; a declined or withdrawn referral
 * ends it.
 */
@ApplicationScoped
public class KeepDisclosures {

    private static final Logger LOG = Logger.getLogger(KeepDisclosures.class);
    private static final Set<String> ENDING = Set.of("declined", "withdrawn");

    private final Disclosures disclosures;
    private final Participants participants;
    private final KeepConsents consents;

    public KeepDisclosures(Disclosures disclosures, Participants participants, KeepConsents consents) {
        this.disclosures = disclosures;
        this.participants = participants;
        this.consents = consents;
    }

    @Transactional
    public void referralChanged(ReferralChanged e) {
        var existing = disclosures.byReferralForChange(e.referralId());
        if ("accepted".equals(e.stage())) {
            // locked, so that a consent withdrawal being recorded lands wholly before or after this disclosure
            var participant = participants.byIdForChange(e.participantId());
            if (participant.isEmpty() || !consents.contactDisclosable(e.participantId(), e.employerId())) {
                LOG.infof("Referral %s accepted, but participant %s's consents do not cover contact with employer %s:"
                        + " nothing disclosed", e.referralId(), e.participantId(), e.employerId());
                return;
            }
            if (existing.isEmpty()) {
                disclosures.add(Disclosure.granted(e.participantId(), e.employerId(), e.referralId(), e.vacancyId(),
                        e.changedAt()));
            }
        } else if (ENDING.contains(e.stage())) {
            existing.ifPresent(d -> d.end("Referral " + e.stage(), e.changedAt()));
        }
    }
}
