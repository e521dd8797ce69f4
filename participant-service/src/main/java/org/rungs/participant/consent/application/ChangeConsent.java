package org.rungs.participant.consent.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.contracts.common.SkillLevel;
import org.rungs.participant.disclosure.domain.Disclosures;
import org.rungs.participant.participant.domain.Participant;
import org.rungs.participant.participant.domain.Participants;
import org.rungs.participant.participant.domain.UnknownParticipant;
import org.rungs.participant.skill.domain.SkillRecords;
import org.rungs.spine.outbox.Outbox;

/**
 * A participant's decision to share their profile with employers, or to withdraw it, recorded by their navigator and
 * announced ({@code consent.changed.v1}). Repeating the current decision changes and announces nothing.
 */
@ApplicationScoped
public class ChangeConsent {

    private final Participants participants;
    private final SkillRecords skills;
    private final Disclosures disclosures;
    private final Outbox outbox;
    private final Clock clock;

    public ChangeConsent(Participants participants, SkillRecords skills, Disclosures disclosures, Outbox outbox,
            Clock clock) {
        this.participants = participants;
        this.skills = skills;
        this.disclosures = disclosures;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * The participant is locked, so a concurrent skill record lands wholly before or after the decision. Withdrawing
     * consent ends every open disclosure to employers at once.
     */
    @Transactional
    public Participant change(UUID participantId, boolean shareWithEmployers, String changedBy) {
        Participant p = participants.byIdForChange(participantId)
                .orElseThrow(() -> new UnknownParticipant(participantId));
        List<SkillLevel> current = shareWithEmployers ? skills.bestLevels(p.id()) : List.of();
        p.changeConsent(shareWithEmployers, current, changedBy, clock).ifPresent(participants::add);
        if (!shareWithEmployers) {
            disclosures.openOfParticipantForChange(p.id())
                    .forEach(d -> d.end("Consent to share with employers withdrawn", clock.instant()));
        }
        outbox.publish(p);
        return p;
    }
}
