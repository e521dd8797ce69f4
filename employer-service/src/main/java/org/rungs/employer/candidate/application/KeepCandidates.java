package org.rungs.employer.candidate.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.rungs.contracts.common.SkillLevel;
import org.rungs.contracts.participant.ConsentChanged;
import org.rungs.contracts.participant.ParticipantEnrolled;
import org.rungs.contracts.participant.SkillAttained;
import org.rungs.employer.candidate.domain.Candidate;
import org.rungs.employer.candidate.domain.Candidates;

/**
 * Keeps employer-service's de-identified copy of participants from participant-service's events. A withdrawn consent is
 * announced in the same transaction ({@link ConsentWithdrawn}) so that the participant's open referrals end with it.
 */
@ApplicationScoped
public class KeepCandidates {

    private static final Logger LOG = Logger.getLogger(KeepCandidates.class);

    /** A participant no longer shares their profile with employers. */
    public record ConsentWithdrawn(UUID participantId, Instant at) {
    }

    private final Candidates candidates;
    private final Event<ConsentWithdrawn> withdrawn;

    public KeepCandidates(Candidates candidates, Event<ConsentWithdrawn> withdrawn) {
        this.candidates = candidates;
        this.withdrawn = withdrawn;
    }

    @Transactional
    public void enrolled(ParticipantEnrolled e) {
        if (!candidates.exists(e.participantId())) {
            candidates.add(Candidate.enrolled(e.participantId(), e.partnerAgency(), e.consentToShare(),
                    e.enrolledAt()));
        }
    }

    @Transactional
    public void consentChanged(ConsentChanged e) {
        var candidate = candidates.byIdForChange(e.participantId());
        if (candidate.isEmpty()) {
            LOG.warnf("Consent change of participant %s, who was never enrolled, is ignored", e.participantId());
            return;
        }
        Map<String, BigDecimal> skills = e.skills().stream()
                .collect(Collectors.toMap(SkillLevel::elementId, SkillLevel::level, BigDecimal::max));
        if (candidate.get().consent(e.shareWithEmployers(), skills, e.changedAt()) && !e.shareWithEmployers()) {
            withdrawn.fire(new ConsentWithdrawn(e.participantId(), e.changedAt()));
        }
    }

    @Transactional
    public void skillAttained(SkillAttained e) {
        candidates.byIdForChange(e.participantId()).ifPresent(c -> c.attain(e.elementId(), e.level()));
    }
}
