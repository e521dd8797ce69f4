package org.rungs.training.learner.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.rungs.contracts.participant.ParticipantEnrolled;
import org.rungs.contracts.participant.SkillAttained;
import org.rungs.training.learner.domain.Learner;
import org.rungs.training.learner.domain.Learners;

/** Keeps what training-service needs of each participant from participant-service's events. */
@ApplicationScoped
public class KeepLearners {

    private static final Logger LOG = Logger.getLogger(KeepLearners.class);

    private final Learners learners;

    public KeepLearners(Learners learners) {
        this.learners = learners;
    }

    @Transactional
    public void enrolled(ParticipantEnrolled e) {
        if (learners.byId(e.participantId()).isEmpty()) {
            learners.add(new Learner(e.participantId(), e.partnerAgency(), e.workShift()));
        }
    }

    @Transactional
    public void skillAttained(SkillAttained e) {
        learners.byIdForChange(e.participantId()).ifPresentOrElse(l -> l.attained(e.elementId(), e.level()),
                () -> LOG.warnf("Skill of participant %s, never enrolled, is ignored", e.participantId()));
    }
}
