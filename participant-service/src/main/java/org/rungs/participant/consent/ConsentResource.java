package org.rungs.participant.consent;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rungs.participant.participant.Participant;
import org.rungs.participant.participant.ParticipantAccess;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;

/** A participant's consent to share their profile with employers. */
@Path("/participants/{participantId}/consent")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consent")
@SecurityRequirement(name = "SecurityScheme")
public class ConsentResource {

    private final ConsentService service;
    private final ConsentChangeRepository history;
    private final ParticipantAccess access;
    private final Caller caller;

    public ConsentResource(ConsentService service, ConsentChangeRepository history, ParticipantAccess access,
            Caller caller) {
        this.service = service;
        this.history = history;
        this.access = access;
        this.caller = caller;
    }

    @PUT
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "Grant or withdraw consent to share with employers", description = "Publishes "
            + "consent.changed.v1 (with the participant's current skills when granted). Repeating the current "
            + "decision answers the current state and publishes nothing.")
    public ConsentResponse change(@PathParam("participantId") UUID participantId,
            @NotNull @Valid ChangeConsentRequest request) {
        Participant p = access.visible(participantId);
        Participant changed = service.change(p.id, request.shareWithEmployers(), caller.name());
        return ConsentResponse.of(changed, history.ofParticipant(p.id));
    }

    @GET
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "A participant's consent and its history")
    public ConsentResponse get(@PathParam("participantId") UUID participantId) {
        Participant p = access.visible(participantId);
        return ConsentResponse.of(p, history.ofParticipant(p.id));
    }
}
