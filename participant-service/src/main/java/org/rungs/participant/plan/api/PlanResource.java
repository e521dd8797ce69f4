package org.rungs.participant.plan.api;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rungs.participant.participant.api.ParticipantAccess;
import org.rungs.participant.participant.domain.Participant;
import org.rungs.participant.plan.application.KeepCareerPlans;
import org.rungs.participant.plan.domain.CareerPlan;
import org.rungs.participant.plan.domain.CareerPlans;
import org.rungs.participant.plan.domain.NoActivePlan;
import org.rungs.participant.plan.domain.PlanStatus;
import org.rungs.participant.plan.domain.ProposedPathways;
import org.rungs.spine.domain.RecordedDay;
import org.rungs.spine.idempotency.IdempotencyKeys;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;

/** A participant's career advancement plan: its goal rung, steps and reviews. */
@Path("/participants/{participantId}/plan")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Career plans")
@SecurityRequirement(name = "SecurityScheme")
public class PlanResource {

    private final KeepCareerPlans keepPlans;
    private final CareerPlans plans;
    private final ProposedPathways pathways;
    private final ParticipantAccess access;
    private final Caller caller;
    private final IdempotencyKeys idempotency;
    private final Clock clock;

    public PlanResource(KeepCareerPlans keepPlans, CareerPlans plans, ProposedPathways pathways,
            ParticipantAccess access, Caller caller, IdempotencyKeys idempotency, Clock clock) {
        this.keepPlans = keepPlans;
        this.plans = plans;
        this.pathways = pathways;
        this.access = access;
        this.caller = caller;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @POST
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "Start the participant's career plan", description = "Toward a rung of a published ladder; "
            + "one active plan at a time. Publishes plan.changed.v1.")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION)
    public Response start(@PathParam("participantId") UUID participantId,
            @NotNull @Valid PlanRequests.StartPlan request) {
        Participant p = access.visible(participantId);
        return idempotency.once(request, () -> {
            CareerPlan plan = keepPlans.start(new KeepCareerPlans.Start(p.id(), request.goalLadderId(),
                    request.goalRungId(), request.planSteps(), request.startedOn(), caller.name()));
            return Response.created(URI.create("/participants/" + p.id() + "/plan")).entity(respond(plan)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "The participant's active plan")
    public PlanResponse get(@PathParam("participantId") UUID participantId) {
        Participant p = access.visible(participantId);
        return respond(plans.activeOf(p.id(), false).orElseThrow(() -> new NoActivePlan(p.id())));
    }

    @GET
    @Path("history")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "All the participant's plans, latest first")
    public List<PlanResponse> history(@PathParam("participantId") UUID participantId) {
        Participant p = access.visible(participantId);
        return plans.ofParticipant(p.id()).stream().map(this::respond).toList();
    }

    @POST
    @Path("steps")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "Add a step to the active plan")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION)
    public Response addStep(@PathParam("participantId") UUID participantId,
            @NotNull @Valid PlanRequests.StepRequest request) {
        Participant p = access.visible(participantId);
        return idempotency.once(request,
                () -> Response.ok(respond(keepPlans.addStep(p.id(), request.step()))).build());
    }

    @POST
    @Path("steps/{stepId}/done")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "A step was done", description = "Marking it done again changes nothing.")
    public PlanResponse stepDone(@PathParam("participantId") UUID participantId, @PathParam("stepId") UUID stepId,
            @NotNull @Valid PlanRequests.StepDone request) {
        Participant p = access.visible(participantId);
        return respond(keepPlans.stepDone(p.id(), stepId, request.on()));
    }

    @POST
    @Path("reviews")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "Record a review of the plan", description = "The next review is due six months later.")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION)
    public Response review(@PathParam("participantId") UUID participantId,
            @NotNull @Valid PlanRequests.Review request) {
        Participant p = access.visible(participantId);
        return idempotency.once(request, () -> Response
                .ok(respond(keepPlans.review(p.id(), request.on(), caller.name(), request.note()))).build());
    }

    @POST
    @Path("closure")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "Close the plan: achieved or abandoned", description = "A new plan may start after it.")
    public PlanResponse close(@PathParam("participantId") UUID participantId,
            @NotNull @Valid PlanRequests.Close request) {
        Participant p = access.visible(participantId);
        return respond(keepPlans.close(p.id(), PlanStatus.valueOf(request.outcome().toUpperCase()), request.on()));
    }

    private PlanResponse respond(CareerPlan plan) {
        return PlanResponse.of(plan, RecordedDay.today(clock),
                pathways.latest(plan.participantId(), plan.goalLadderId(), plan.goalRungId()).orElse(null));
    }
}
