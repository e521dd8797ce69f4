package org.rungs.reporting.replay.api;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rungs.reporting.replay.application.RebuildReadModels;
import org.rungs.reporting.replay.domain.Replay;
import org.rungs.reporting.replay.domain.Replays;
import org.rungs.reporting.replay.domain.UnknownReplay;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;

/** Rebuilding the read models from the topics, in the background, with progress. */
@Path("/replays")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Replays")
@SecurityRequirement(name = "SecurityScheme")
public class ReplayResource {

    private final RebuildReadModels rebuild;
    private final Replays replays;
    private final Caller caller;
    private final Clock clock;

    public ReplayResource(RebuildReadModels rebuild, Replays replays, Caller caller, Clock clock) {
        this.rebuild = rebuild;
        this.replays = replays;
        this.caller = caller;
        this.clock = clock;
    }

    @POST
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @Operation(summary = "Rebuild the read models by replaying every topic from the start", description = "Answers "
            + "202 at once with the replay's Location; it reads every event into new tables and swaps them in when "
            + "done, so indicators never show partial counts. One replay runs at a time: 409 "
            + "(urn:rungs:problem:replay-running) while one runs on any instance.")
    public Response start() {
        Replay replay = rebuild.start(caller.name());
        return Response.accepted(ReplayResponse.of(replay, clock.instant()))
                .location(URI.create("/replays/" + replay.id())).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.ANALYST})
    @Operation(summary = "A replay and how far it has come")
    public ReplayResponse get(@PathParam("id") UUID id) {
        return replays.byId(id).map(r -> ReplayResponse.of(r, clock.instant()))
                .orElseThrow(() -> new UnknownReplay(id));
    }

    @GET
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.ANALYST})
    @Operation(summary = "The latest replays, newest first")
    public List<ReplayResponse> latest() {
        Instant now = clock.instant();
        return replays.latest(20).stream().map(r -> ReplayResponse.of(r, now)).toList();
    }
}
