package org.rungs.participant.consent.api;

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
import org.rungs.participant.consent.application.ChangeConsent;
import org.rungs.participant.participant.api.ParticipantAccess;
import org.rungs.participant.participant.domain.Participant;
import org.rungs.participant.participant.domain.Participants;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;

/** A participant's consent to share their profile with employers. */
@Path("/participants/{participantId}/consent")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consent")
@SecurityRequirement(name = "SecurityScheme")
public class ConsentResource {

    private final ChangeConsent changeConsent;
    private final Participants participants;
    private final ParticipantAccess access;
    private final Caller caller;

    public ConsentResource(ChangeConsent changeConsent, Participants participants, ParticipantAccess access,
            Caller caller) {
        this.changeConsent = changeConsent;
        this.participants = participants;
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
        Participant changed = changeConsent.change(p.id(), request.shareWithEmployers(), caller.name());
        return ConsentResponse.of(changed, participants.consentHistory(p.id()));
    }

    @GET
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "A participant's consent and its history")
    public ConsentResponse get(@PathParam("participantId") UUID participantId) {
        Participant p = access.visible(participantId);
        return ConsentResponse.of(p, participants.consentHistory(p.id()));
    }
}
