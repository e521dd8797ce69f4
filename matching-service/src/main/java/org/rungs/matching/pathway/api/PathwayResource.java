package org.rungs.matching.pathway.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rungs.matching.pathway.application.PlanPathway;
import org.rungs.matching.pathway.domain.TrainingPlanner;
import org.rungs.matching.pathway.domain.UnknownParticipant;
import org.rungs.spine.problem.ProblemException;
import org.rungs.spine.rest.QueryValues;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;

/** A participant's career pathway up a ladder, and the training plan that gets them there. */
@Path("/participants/{id}/pathway")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pathways")
@SecurityRequirement(name = "SecurityScheme")
public class PathwayResource {

    private final PlanPathway planPathway;
    private final Caller caller;

    public PathwayResource(PlanPathway planPathway, Caller caller) {
        this.planPathway = planPathway;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "A participant's pathway to a rung, with the training plan that closes its gaps", description = "The route from the rung the participant holds (or the ladder's entry) to the target, each "
            + "step with the skills and credentials it needs that they lack, and the cohorts to come that "
            + "close those gaps with the least total weeks (or cost), their entrance requirements met in "
            + "order, meeting outside the shift they work (and by 18:00 with a childcare barrier); gaps no "
            + "cohort can close are named. Exact for up to 16 candidate cohorts, greedy beyond. Navigators "
            + "see their own agency's participants. The pathway is kept and announced "
            + "(pathway.proposed.v1) again whenever it changes.")
    public PathwayResponse pathway(@PathParam("id") UUID id,
            @Parameter(description = "The ladder (uuid)", required = true) @QueryParam("ladder") String ladder,
            @Parameter(description = "The rung to reach (uuid)", required = true) @QueryParam("targetRung") String targetRung,
            @Parameter(description = "weeks (default) or cost") @QueryParam("optimize") String optimize) {
        UUID ladderId = required("ladder", QueryValues.uuid("ladder", ladder));
        UUID target = required("targetRung", QueryValues.uuid("targetRung", targetRung));
        TrainingPlanner.Objective objective = objective(optimize);
        String agency = planPathway.agencyOf(id).orElseThrow(() -> new UnknownParticipant(id));
        if (!caller.mayAccess(agency)) {
            throw new UnknownParticipant(id);
        }
        return PathwayResponse.of(planPathway.plan(id, ladderId, target, objective));
    }

    private static UUID required(String parameter, UUID value) {
        if (value == null) {
            throw ProblemException.invalid(parameter, "is required");
        }
        return value;
    }

    private static TrainingPlanner.Objective objective(String optimize) {
        if (optimize == null || optimize.equals("weeks")) {
            return TrainingPlanner.Objective.WEEKS;
        }
        if (optimize.equals("cost")) {
            return TrainingPlanner.Objective.COST;
        }
        throw ProblemException.invalid("optimize", "must be weeks or cost");
    }
}
