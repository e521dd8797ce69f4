package org.rungs.participant.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.contracts.matching.MatchingEvents;
import org.rungs.contracts.training.TrainingEvents;
import org.rungs.participant.disclosure.application.KeepDisclosures;
import org.rungs.participant.employment.application.KeepEmploymentHistory;
import org.rungs.participant.plan.application.KeepCareerPlans;
import org.rungs.participant.skill.application.RecordSkill;
import org.rungs.spine.messaging.EventHandlers;
import org.rungs.spine.messaging.Handlers;

/** participant-service's one inbound consumer: the events it handles and the use case each runs. */
@ApplicationScoped
public class ParticipantConsumer implements EventHandlers {

    private final KeepDisclosures disclosures;
    private final KeepEmploymentHistory employment;
    private final KeepCareerPlans plans;
    private final RecordSkill skills;

    public ParticipantConsumer(KeepDisclosures disclosures, KeepEmploymentHistory employment, KeepCareerPlans plans,
            RecordSkill skills) {
        this.skills = skills;
        this.disclosures = disclosures;
        this.employment = employment;
        this.plans = plans;
    }

    @Override
    public void register(Handlers on) {
        on.on(EmployerEvents.REFERRAL_CHANGED, disclosures::referralChanged)
                .on(EmployerEvents.EMPLOYER_JOINED, employment::employerJoined)
                .on(EmployerEvents.HIRE_RECORDED, employment::hired)
                .on(EmployerEvents.PROMOTION_RECORDED, employment::promoted)
                .on(EmployerEvents.RETENTION_CHECKED, employment::checked)
                .on(EmployerEvents.SEPARATION_RECORDED, employment::separated)
                .on(EmployerEvents.LADDER_PUBLISHED, plans::ladderPublished)
                .on(EmployerEvents.LADDER_RETIRED, plans::ladderRetired)
                .on(TrainingEvents.CREDENTIAL_AWARDED, skills::credentialAwarded)
                .on(MatchingEvents.PATHWAY_PROPOSED, plans::pathwayProposed);
    }
}
