package org.rungs.matching.match.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.rungs.contracts.participant.ConsentChanged;
import org.rungs.contracts.participant.ParticipantEnrolled;
import org.rungs.contracts.participant.SkillAttained;
import org.rungs.matching.employment.domain.Incumbencies;
import org.rungs.matching.index.application.CandidateIndex;
import org.rungs.matching.match.domain.Evaluation;
import org.rungs.matching.match.domain.Match;
import org.rungs.matching.match.domain.Matches;
import org.rungs.matching.match.domain.Ranking;
import org.rungs.matching.match.domain.Shortlist;
import org.rungs.matching.participant.domain.Participant;
import org.rungs.matching.participant.domain.Participants;
import org.rungs.matching.vacancy.domain.Vacancies;
import org.rungs.matching.vacancy.domain.Vacancy;
import org.rungs.spine.outbox.Outbox;

/**
 * A participant's standing changed (enrolled, a skill attained, consent granted or withdrawn): matching keeps its copy
 * of the participant and weighs them again against every open vacancy. Withdrawing consent takes them out of every
 * candidate list at once; skills of participants who do not share with employers are not kept.
 */
@ApplicationScoped
public class Reevaluate {

    private static final Logger LOG = Logger.getLogger(Reevaluate.class);

    private final Participants participants;
    private final Incumbencies incumbencies;
    private final Vacancies vacancies;
    private final Matches matches;
    private final Outbox outbox;
    private final MatchingConfig config;
    private final CandidateIndex index;
    private final Clock clock;

    public Reevaluate(Participants participants, Incumbencies incumbencies, Vacancies vacancies, Matches matches,
            Outbox outbox, MatchingConfig config, CandidateIndex index, Clock clock) {
        this.index = index;
        this.participants = participants;
        this.incumbencies = incumbencies;
        this.vacancies = vacancies;
        this.matches = matches;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public void enrolled(ParticipantEnrolled enrolled) {
        Instant now = clock.instant();
        Participant p = participants.byId(enrolled.participantId()).orElseGet(() -> {
            Participant created = Participant.enrolled(enrolled.participantId(), enrolled.partnerAgency(), now);
            participants.add(created);
            return created;
        });
        p.enrolledBy(enrolled.partnerAgency(), now);
        applyConsent(p, enrolled.consentToShare(), java.util.List.of(), now);
    }

    @Transactional
    public void skillAttained(SkillAttained skill) {
        Optional<Participant> p = participants.byId(skill.participantId());
        if (p.isPresent() && p.get().attain(skill.elementId(), skill.level(), clock.instant())) {
            index.attained(p.get().id(), skill.elementId(), skill.level());
            weigh(p.get());
        } else {
            LOG.debugf("Skill %s of participant %s changes no match", skill.elementId(), skill.participantId());
        }
    }

    @Transactional
    public void consentChanged(ConsentChanged changed) {
        Optional<Participant> p = participants.byId(changed.participantId());
        if (p.isEmpty()) {
            LOG.warnf("Consent change of participant %s, who was never enrolled, is ignored", changed.participantId());
            return;
        }
        applyConsent(p.get(), changed.shareWithEmployers(), changed.skills(), clock.instant());
    }

    private void applyConsent(Participant p, boolean share,
            java.util.List<org.rungs.contracts.common.SkillLevel> skills,
            Instant now) {
        if (share) {
            p.grantConsent(skills, now);
            index.consenting(p.id(), p.skills());
            weigh(p);
        } else {
            index.withdrawn(p.id());
            p.withdrawConsent(now);
            matches.removeOfParticipant(p.id());
        }
    }

    /**
     * Weighs a consenting participant again against every open vacancy. A new proposal is made only where the score
     * changed and reaches the minimum score, within the shortlist's size.
     */
    private void weigh(Participant participant) {
        Shortlist shortlist = config.shortlist();
        Map<UUID, Match> existing = matches.ofParticipant(participant.id()).stream()
                .collect(Collectors.toMap(m -> m.vacancy().id(), Function.identity()));
        Instant now = clock.instant();
        for (Vacancy vacancy : vacancies.open()) {
            if (vacancy.incumbentsOnly() && !incumbencies.employs(vacancy.employerId(), participant.id())) {
                continue;
            }
            Evaluation evaluation = Evaluation.of(vacancy.requiredSkills(), participant.skills());
            Optional<Match> current = Optional.ofNullable(existing.get(vacancy.id()));
            Ranking.Ranked candidate = new ProposeCandidates.Candidate(participant, evaluation);
            switch (shortlist.reconsider(candidate, evaluation, current, standing(vacancy))) {
                case KEEP, PASS -> {
                }
                case REEXPLAIN -> current.get().explain(evaluation);
                case WITHDRAW -> matches.remove(current.get());
                case PROPOSE_AGAIN -> {
                    current.get().proposeAgain(evaluation, now);
                    outbox.publish(current.get());
                }
                case PROPOSE_REPLACING_LAST -> {
                    matches.lowest(vacancy.id()).ifPresent(matches::remove);
                    propose(vacancy, participant, evaluation, now);
                }
                case PROPOSE -> propose(vacancy, participant, evaluation, now);
            }
        }
    }

    private void propose(Vacancy vacancy, Participant participant, Evaluation evaluation, Instant now) {
        Match match = Match.propose(vacancy, participant, evaluation, now);
        matches.add(match);
        outbox.publish(match);
    }

    private Shortlist.Standing standing(Vacancy vacancy) {
        return new Shortlist.Standing() {

            @Override
            public long size() {
                return matches.countFor(vacancy.id());
            }

            @Override
            public Optional<? extends Ranking.Ranked> last() {
                return matches.lowest(vacancy.id());
            }
        };
    }
}
