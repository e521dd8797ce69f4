package org.rungs.participant.disclosure.application;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.rungs.contracts.employer.ReferralChanged;
import org.rungs.participant.disclosure.domain.Disclosure;
import org.rungs.participant.disclosure.domain.Disclosures;
import org.rungs.participant.participant.domain.Participants;

/**
 * Records consent disclosures from the referrals participants accept ({@code referral.changed.v1}): acceptance opens
 * one to the vacancy's employer, if the participant still consents; a declined or withdrawn referral ends it.
 */
@ApplicationScoped
public class KeepDisclosures {

    private static final Logger LOG = Logger.getLogger(KeepDisclosures.class);
    private static final Set<String> ENDING = Set.of("declined", "withdrawn");

    private final Disclosures disclosures;
    private final Participants participants;

    public KeepDisclosures(Disclosures disclosures, Participants participants) {
        this.disclosures = disclosures;
        this.participants = participants;
    }

    @Transactional
    public void referralChanged(ReferralChanged e) {
        var existing = disclosures.byReferralForChange(e.referralId());
        if ("accepted".equals(e.stage())) {
            // locked, so that a consent withdrawal being recorded lands wholly before or after this disclosure
            var participant = participants.byIdForChange(e.participantId());
            if (participant.isEmpty() || !participant.get().consentToShare()) {
                LOG.infof("Referral %s accepted, but participant %s does not consent to share: nothing disclosed",
                        e.referralId(), e.participantId());
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
