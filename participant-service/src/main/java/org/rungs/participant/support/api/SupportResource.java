package org.rungs.participant.support.api;

import java.net.URI;
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
import org.rungs.participant.support.application.KeepSupports;
import org.rungs.participant.support.domain.SupportReferral;
import org.rungs.participant.support.domain.Supports;
import org.rungs.participant.support.domain.UnknownSupport;
import org.rungs.spine.idempotency.IdempotencyKeys;
import org.rungs.spine.problem.ProblemException;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;

/** Support referrals for a participant's barriers; navigators of their agency and network admins. */
@Path("/participants/{participantId}/supports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supports")
@SecurityRequirement(name = "SecurityScheme")
public class SupportResource {

    private final KeepSupports keepSupports;
    private final Supports supports;
    private final ParticipantAccess access;
    private final Caller caller;
    private final IdempotencyKeys idempotency;

    public SupportResource(KeepSupports keepSupports, Supports supports, ParticipantAccess access, Caller caller,
            IdempotencyKeys idempotency) {
        this.keepSupports = keepSupports;
        this.supports = supports;
        this.access = access;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "Refer the participant to a support provider", description = "Publishes support.referred.v1.")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION)
    public Response refer(@PathParam("participantId") UUID participantId,
            @NotNull @Valid ReferSupportRequest request) {
        Participant p = access.visible(participantId);
        return idempotency.once(request, () -> {
            SupportReferral s = keepSupports.refer(request.referral(p.id(), caller.name()));
            return Response.created(URI.create("/participants/" + p.id() + "/supports/" + s.id()))
                    .entity(SupportResponse.of(s)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "The participant's support referrals, latest first")
    public List<SupportResponse> list(@PathParam("participantId") UUID participantId) {
        Participant p = access.visible(participantId);
        return supports.ofParticipant(p.id()).stream().map(SupportResponse::of).toList();
    }

    @GET
    @Path("{supportId}")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "One support referral")
    public SupportResponse get(@PathParam("participantId") UUID participantId,
            @PathParam("supportId") UUID supportId) {
        Participant p = access.visible(participantId);
        return supports.byId(supportId).filter(s -> s.participantId().equals(p.id())).map(SupportResponse::of)
                .orElseThrow(() -> new UnknownSupport(supportId));
    }

    @POST
    @Path("{supportId}/status")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "The support started, or ended", description = "Publishes support.changed.v1. An ended "
            + "support is final; completed needs a support that started.")
    public SupportResponse move(@PathParam("participantId") UUID participantId,
            @PathParam("supportId") UUID supportId, @NotNull @Valid MoveSupportRequest request) {
        Participant p = access.visible(participantId);
        SupportReferral moved = switch (request.status()) {
            case STARTED -> {
                if (request.outcome() != null) {
                    throw ProblemException.invalid("outcome", "is given only when the support ended");
                }
                yield keepSupports.start(p.id(), supportId, request.on());
            }
            case ENDED -> {
                if (request.outcome() == null) {
                    throw ProblemException.invalid("outcome", "is required when the support ended");
                }
                yield keepSupports.end(p.id(), supportId, request.outcome(), request.on());
            }
        };
        return SupportResponse.of(moved);
    }
}
