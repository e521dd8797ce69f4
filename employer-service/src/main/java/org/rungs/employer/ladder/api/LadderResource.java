package org.rungs.employer.ladder.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rungs.employer.ladder.application.AddRung;
import org.rungs.employer.ladder.application.ConnectRungs;
import org.rungs.employer.ladder.application.DraftLadder;
import org.rungs.employer.ladder.application.PublishLadder;
import org.rungs.employer.ladder.application.ReshapeLadder;
import org.rungs.employer.ladder.domain.Ladder;
import org.rungs.employer.ladder.domain.LadderStatus;
import org.rungs.employer.ladder.domain.Ladders;
import org.rungs.employer.ladder.domain.UnknownLadder;
import org.rungs.spine.idempotency.IdempotencyKeys;
import org.rungs.spine.rest.PageRequest;
import org.rungs.spine.rest.PageResponse;
import org.rungs.spine.rest.Patterns;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;

/**
 * Career ladders. Network admins author and publish them; navigators read published ones; employer staff read the
 * published ladders they hire into.
 */
@Path("/ladders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ladders")
@SecurityRequirement(name = "SecurityScheme")
public class LadderResource {

    private final DraftLadder draftLadder;
    private final AddRung addRung;
    private final ConnectRungs connectRungs;
    private final ReshapeLadder reshapeLadder;
    private final PublishLadder publishLadder;
    private final Ladders ladders;
    private final Caller caller;
    private final IdempotencyKeys idempotency;

    public LadderResource(DraftLadder draftLadder, AddRung addRung, ConnectRungs connectRungs,
            ReshapeLadder reshapeLadder, PublishLadder publishLadder, Ladders ladders, Caller caller,
            IdempotencyKeys idempotency) {
        this.draftLadder = draftLadder;
        this.addRung = addRung;
        this.connectRungs = connectRungs;
        this.reshapeLadder = reshapeLadder;
        this.publishLadder = publishLadder;
        this.ladders = ladders;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @Operation(summary = "Draft a career ladder", description = "Add rungs and transitions, then publish it. "
            + "GET /ladders/suggestions proposes next rungs from O*NET, BLS OEWS and NOC data.")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION)
    public Response draft(@NotNull @Valid LadderRequests.Draft request) {
        return idempotency.once(request, () -> {
            Ladder l = draftLadder.draft(request.command());
            return Response.created(URI.create("/ladders/" + l.id())).entity(LadderResponse.of(l)).build();
        });
    }

    @POST
    @Path("{id}/rungs")
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @Operation(summary = "Add a rung", description = "Title, wage band (BLS OEWS 25th–75th percentile) and required "
            + "skills (O*NET levels of the important skills) default to the occupation's. Answers the ladder.")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION)
    public Response addRung(@PathParam("id") UUID id, @NotNull @Valid LadderRequests.NewRung request) {
        return idempotency.once(request, () -> created(id, "rung-" + addRung.add(request.command(id)).id()));
    }

    @DELETE
    @Path("{id}/rungs/{rungId}")
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @Operation(summary = "Take a rung off the ladder, with its transitions")
    public LadderResponse removeRung(@PathParam("id") UUID id, @PathParam("rungId") UUID rungId) {
        reshapeLadder.removeRung(id, rungId);
        return LadderResponse.of(visible(id));
    }

    @POST
    @Path("{id}/transitions")
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @Operation(summary = "Connect two rungs", description = "The kind (vertical, diagonal, horizontal) follows from "
            + "the rungs. Without criteria the target rung's requirements are the criteria. Answers the ladder.")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION)
    public Response connect(@PathParam("id") UUID id, @NotNull @Valid LadderRequests.NewTransition request) {
        return idempotency.once(request,
                () -> created(id, "transition-" + connectRungs.connect(request.command(id)).id()));
    }

    @DELETE
    @Path("{id}/transitions/{transitionId}")
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @Operation(summary = "Take a transition off the ladder")
    public LadderResponse removeTransition(@PathParam("id") UUID id, @PathParam("transitionId") UUID transitionId) {
        reshapeLadder.removeTransition(id, transitionId);
        return LadderResponse.of(visible(id));
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @Operation(summary = "Publish the ladder as its next version", description = "Publishes ladder.published.v1 with "
            + "the whole ladder. A ladder without an entry tier, with a gap between tiers or with a rung no transition "
            + "reaches is a 409 (urn:rungs:problem:ladder-incomplete) naming what is missing.")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION)
    public Response publish(@PathParam("id") UUID id) {
        return idempotency.once(id, () -> Response.ok(LadderResponse.of(publishLadder.publish(id))).build());
    }

    @POST
    @Path("{id}/retire")
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @Operation(summary = "Retire the ladder", description = "Publishes ladder.retired.v1.")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION)
    public Response retire(@PathParam("id") UUID id) {
        return idempotency.once(id, () -> Response.ok(LadderResponse.of(publishLadder.retire(id))).build());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.EMPLOYER})
    @Operation(summary = "One ladder")
    public LadderResponse get(@PathParam("id") UUID id) {
        return LadderResponse.of(visible(id));
    }

    @GET
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.EMPLOYER})
    @Operation(summary = "Ladders by title", description = "Navigators see published and retired ladders; employer "
            + "staff those they hire into.")
    public PageResponse<LadderResponse> list(
            @QueryParam("status") @Pattern(regexp = "draft|published|retired", message = "must be draft, published or retired") String status,
            @QueryParam("employerId") @Pattern(regexp = Patterns.UUID, message = Patterns.UUID_MESSAGE) String employerId,
            @QueryParam("occupationCode") @Pattern(regexp = LadderRequests.OCCUPATION, message = LadderRequests.OCCUPATION_MESSAGE) String occupationCode,
            @Valid @BeanParam PageRequest page) {
        LadderStatus wanted = status == null ? null : LadderStatus.valueOf(status.toUpperCase(Locale.ROOT));
        UUID employer = employerId == null ? null : UUID.fromString(employerId);
        if (!caller.isNetworkAdmin()) {
            if (wanted == LadderStatus.DRAFT) {
                return new PageResponse<>(List.of(), page.page(), page.size(), 0);
            }
            if (!caller.hasRole(Roles.NAVIGATOR)) {
                UUID own = caller.requireOrganisationId();
                if (employer != null && !employer.equals(own)) {
                    return new PageResponse<>(List.of(), page.page(), page.size(), 0);
                }
                employer = own;
            }
            if (wanted == null) {
                wanted = LadderStatus.PUBLISHED;
            }
        }
        return PageResponse.of(ladders.search(new Ladders.Search(wanted, employer, occupationCode), page.page(),
                page.size()), LadderResponse::of);
    }

    /** 201 with the ladder, located at the part of it just created. */
    private Response created(UUID id, String part) {
        return Response.created(URI.create("/ladders/" + id + "#" + part)).entity(LadderResponse.of(visible(id)))
                .build();
    }

    /** The ladder, if the caller may see it: drafts only network admins; employer staff only ladders they hire into. */
    private Ladder visible(UUID id) {
        return ladders.byId(id).filter(l -> caller.isNetworkAdmin()
                || l.status() != LadderStatus.DRAFT && (caller.hasRole(Roles.NAVIGATOR)
                        || caller.organisation().map(o -> {
                            try {
                                return l.involves(UUID.fromString(o));
                            } catch (IllegalArgumentException notAnEmployer) {
                                return false;
                            }
                        }).orElse(false)))
                .orElseThrow(() -> new UnknownLadder(id));
    }
}
