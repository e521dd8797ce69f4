package org.rungs.matching.pathway.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.matching.index.application.CandidateIndex;
import org.rungs.matching.ladder.domain.Ladder;
import org.rungs.matching.ladder.domain.Ladders;
import org.rungs.matching.participant.domain.ParticipantCopies;
import org.rungs.matching.participant.domain.Profile;
import org.rungs.matching.pathway.domain.NoRoute;
import org.rungs.matching.pathway.domain.Pathway;
import org.rungs.matching.pathway.domain.PathwayRefused;
import org.rungs.matching.pathway.domain.PathwayRequest;
import org.rungs.matching.pathway.domain.PathwayRequests;
import org.rungs.matching.pathway.domain.Route;
import org.rungs.matching.pathway.domain.SkillsNotShared;
import org.rungs.matching.pathway.domain.TrainingOption;
import org.rungs.matching.pathway.domain.TrainingOptions;
import org.rungs.matching.pathway.domain.TrainingPlanner;
import org.rungs.matching.pathway.domain.UnknownParticipant;
import org.rungs.spine.outbox.Outbox;

/**
 * A participant's pathway to a rung of a published ladder: the route from the rung they hold (or the ladder's entry)
 * with each step's gaps ({@link Route}), and the training plan that closes them ({@link TrainingPlanner}) from the
 * cohorts to come that fit the shift they work and their childcare. Each pathway asked for is kept and computed again
 * when the participant's skills or the programs and cohorts change; a new proposal is announced
 * ({@code pathway.proposed.v1}).
 */
@ApplicationScoped
public class PlanPathway {

    private final ParticipantCopies participants;
    private final CandidateIndex index;
    private final Ladders ladders;
    private final TrainingOptions training;
    private final PathwayRequests requests;
    private final Outbox outbox;
    private final Clock clock;

    public PlanPathway(ParticipantCopies participants, CandidateIndex index, Ladders ladders, TrainingOptions training,
            PathwayRequests requests, Outbox outbox, Clock clock) {
        this.participants = participants;
        this.index = index;
        this.ladders = ladders;
        this.training = training;
        this.requests = requests;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The participant's agency (who may read their pathway), if matching knows them. */
    public Optional<String> agencyOf(UUID participantId) {
        return participants.agencyOf(participantId);
    }

    /** Computes the pathway, keeps it asked for, and announces it when it proposes something new. */
    @Transactional
    public Pathway plan(UUID participantId, UUID ladderId, UUID targetRungId, TrainingPlanner.Objective objective) {
        if (participants.agencyOf(participantId).isEmpty()) {
            throw new UnknownParticipant(participantId);
        }
        if (!index.consents(participantId)) {
            throw new SkillsNotShared(participantId);
        }
        Ladder ladder = ladders.byId(ladderId).filter(Ladder::offered)
                .orElseThrow(() -> new PathwayRefused("ladder", "is not a published ladder"));
        if (ladder.rung(targetRungId).isEmpty()) {
            throw new PathwayRefused("targetRung", "is not a rung of the ladder");
        }
        Pathway pathway = compute(participantId, ladder, targetRungId, objective,
                training.startingAfter(LocalDate.now(clock)))
                .orElseThrow(() -> new NoRoute(ladderId, targetRungId));
        keep(pathway);
        return pathway;
    }

    /** Keeps the pathway asked for, and announces it when it proposes something new. */
    private void keep(Pathway pathway) {
        Optional<PathwayRequest> kept = requests.byId(PathwayRequest.idOf(pathway.participantId(),
                pathway.ladderId(), pathway.targetRungId()));
        if (kept.isEmpty()) {
            PathwayRequest asked = PathwayRequest.asked(pathway);
            requests.add(asked);
            outbox.publish(asked);
        } else if (kept.get().update(pathway)) {
            outbox.publish(kept.get());
        }
    }

    /** A career plan's goal: a rung of a ladder a participant aims at. */
    public record Goal(UUID participantId, UUID ladderId, UUID rungId) {
    }

    /**
     * Open career plans aim at these rungs ({@code plan.changed.v1}): for each participant who shares their skills, the
     * pathway to the goal is kept and announced as if their navigator had asked for it (the fewest weeks, unless the
     * pathway was asked for by cost), so the plan view shows it and follows its changes. A goal off a published ladder,
     * or out of reach, is passed over.
     */
    @Transactional
    public void goalsSet(List<Goal> goals) {
        if (goals.isEmpty()) {
            return;
        }
        List<TrainingOption> options = training.startingAfter(LocalDate.now(clock));
        for (Goal goal : goals) {
            TrainingPlanner.Objective objective = requests.byId(PathwayRequest.idOf(goal.participantId(),
                    goal.ladderId(), goal.rungId())).map(PathwayRequest::objective)
                    .orElse(TrainingPlanner.Objective.WEEKS);
            sharedPathway(goal.participantId(), goal.ladderId(), goal.rungId(), objective, options)
                    .ifPresent(this::keep);
        }
    }

    /** Computes again the pathways these participants asked for (their skills changed); announces what changed. */
    @Transactional
    public void participantsChanged(Collection<UUID> participantIds) {
        refresh(requests.ofParticipants(participantIds));
    }

    /** Computes every pathway asked for again (a program or cohort changed); announces what changed. */
    @Transactional
    public void trainingChanged() {
        refresh(requests.all());
    }

    private void refresh(List<PathwayRequest> asked) {
        if (asked.isEmpty()) {
            return;
        }
        List<TrainingOption> options = training.startingAfter(LocalDate.now(clock));
        for (PathwayRequest request : asked) {
            sharedPathway(request.participantId(), request.ladderId(), request.targetRungId(), request.objective(),
                    options).filter(request::update).ifPresent(p -> outbox.publish(request));
        }
    }

    /**
     * The pathway of a participant who shares their skills to a rung of a published ladder; none for anyone else, or
     * when the rung is out of reach.
     */
    private Optional<Pathway> sharedPathway(UUID participantId, UUID ladderId, UUID rungId,
            TrainingPlanner.Objective objective, List<TrainingOption> options) {
        if (!index.consents(participantId)) {
            return Optional.empty();
        }
        return ladders.byId(ladderId).filter(Ladder::offered).filter(l -> l.rung(rungId).isPresent())
                .flatMap(ladder -> compute(participantId, ladder, rungId, objective, options));
    }

    private Optional<Pathway> compute(UUID participantId, Ladder ladder, UUID targetRungId,
            TrainingPlanner.Objective objective, List<TrainingOption> options) {
        Profile profile = participants.profiles(List.of(participantId)).getOrDefault(participantId,
                Profile.unknown());
        Map<String, java.math.BigDecimal> skills = index.skillsOf(participantId);
        List<Route.RungNeeds> rungs = ladder.rungs().stream().map(r -> new Route.RungNeeds(r.rungId(), r.tier(),
                "tier " + r.tier() + " (" + r.occupationCode() + ")", ladder.requiredSkills(r.rungId()),
                r.credentials())).toList();
        List<Route.Link> links = ladder.transitions().stream().map(t -> new Route.Link(t.fromRungId(),
                t.toRungId(), ladder.criteria(t.transitionId()), t.credential())).toList();
        Route.Result result = Route.plan(rungs, links, profile.rungs(), targetRungId, skills,
                profile.credentials());
        if (result.route().isEmpty()) {
            return Optional.empty();
        }
        Route route = result.route().get();
        List<TrainingOption> fitting = options.stream()
                .filter(o -> o.fits(profile.workShift(), profile.barriers())).toList();
        TrainingPlanner.Plan plan = TrainingPlanner.plan(route.gaps(), fitting,
                new TrainingPlanner.Start(skills, participants.programsCompleted(participantId)), objective);
        return Optional.of(new Pathway(participantId, ladder.id(), targetRungId, objective, route, plan,
                clock.instant()));
    }
}
