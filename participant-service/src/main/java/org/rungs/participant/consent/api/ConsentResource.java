package org.rungs.participant.consent.api;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.rungs.participant.consent.application.KeepConsents;
import org.rungs.participant.consent.domain.ConsentRecord;
import org.rungs.participant.consent.domain.ConsentRecords;
import org.rungs.participant.consent.domain.UnknownConsent;
import org.rungs.participant.participant.api.ParticipantAccess;
import org.rungs.participant.participant.domain.Participant;
import org.rungs.participant.participant.domain.Participants;
import org.rungs.spine.domain.RecordedDay;
import org.rungs.spine.idempotency.IdempotencyKeys;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;

/**
 * A participant's consents: the records they signed (purpose, recipients, scope, expiry, revocation) and the switch
 * over sharing with employers.
 */
@Path("/participants/{participantId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consent")
@SecurityRequirement(name = "SecurityScheme")
public class ConsentResource {

    private final KeepConsents keepConsents;
    private final ConsentRecords consents;
    private final Participants participants;
    private final ParticipantAccess access;
    private final Caller caller;
    private final IdempotencyKeys idempotency;
    private final Clock clock;

    public ConsentResource(KeepConsents keepConsents, ConsentRecords consents, Participants participants,
            ParticipantAccess access, Caller caller, IdempotencyKeys idempotency, Clock clock) {
        this.keepConsents = keepConsents;
        this.consents = consents;
        this.participants = participants;
        this.access = access;
        this.caller = caller;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @PUT
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Path("consent")
    @Operation(summary = "Grant or withdraw consent to share with employers", description = "The switch over "
            + "matching consents: on signs one (skills, and contact after an accepted referral) today unless one is in "
            + "force; off revokes every matching consent in force. Publishes consent.changed.v1 (with the "
            + "participant's current skills while they share). Repeating the current decision answers the current "
            + "state and publishes nothing.")
    public ConsentResponse change(@PathParam("participantId") UUID participantId,
            @NotNull @Valid ChangeConsentRequest request) {
        Participant p = access.visible(participantId);
        Participant changed = keepConsents.shareWithEmployers(p.id(), request.shareWithEmployers(), caller.name());
        return ConsentResponse.of(changed, participants.consentHistory(p.id()));
    }

    @GET
    @Path("consent")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "A participant's consent to share with employers and its history")
    public ConsentResponse get(@PathParam("participantId") UUID participantId) {
        Participant p = access.visible(participantId);
        return ConsentResponse.of(p, participants.consentHistory(p.id()));
    }

    @POST
    @Path("consents")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "Record a consent the participant signed", description = "For a purpose (matching, "
            + "disclosure to named employers or providers, outcomes to named funders), over a scope, until it expires "
            + "or is revoked. Publishes consent.changed.v1 with the consents in force.")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION)
    public Response sign(@PathParam("participantId") UUID participantId, @NotNull @Valid SignConsentRequest request) {
        Participant p = access.visible(participantId);
        return idempotency.once(request, () -> {
            ConsentRecord c = keepConsents.sign(p.id(), request.terms(), caller.name());
            return Response.created(URI.create("/participants/" + p.id() + "/consents/" + c.id()))
                    .entity(ConsentRecordResponse.of(c, RecordedDay.today(clock))).build();
        });
    }

    @GET
    @Path("consents")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "The participant's consent records, latest signed first, with whether each is in force")
    public List<ConsentRecordResponse> records(@PathParam("participantId") UUID participantId) {
        Participant p = access.visible(participantId);
        LocalDate today = RecordedDay.today(clock);
        return consents.ofParticipant(p.id()).stream().map(c -> ConsentRecordResponse.of(c, today)).toList();
    }

    @GET
    @Path("consents/{consentId}")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "One consent record")
    public ConsentRecordResponse record(@PathParam("participantId") UUID participantId,
            @PathParam("consentId") UUID consentId) {
        Participant p = access.visible(participantId);
        return consents.byId(consentId).filter(c -> c.participantId().equals(p.id()))
                .map(c -> ConsentRecordResponse.of(c, RecordedDay.today(clock)))
                .orElseThrow(() -> new UnknownConsent(consentId));
    }

    @POST
    @Path("consents/{consentId}/revocation")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "The participant revoked a consent", description = "From the day given (today when absent). "
            + "Publishes consent.changed.v1; open disclosures of contact it no longer covers end at once. Revoking "
            + "again answers the revoked consent.")
    public ConsentRecordResponse revoke(@PathParam("participantId") UUID participantId,
            @PathParam("consentId") UUID consentId, @NotNull @Valid RevokeConsentRequest request) {
        Participant p = access.visible(participantId);
        return ConsentRecordResponse.of(keepConsents.revoke(p.id(), consentId, request.on(), caller.name()),
                RecordedDay.today(clock));
    }

    /** The day a consent was revoked; today when absent. */
    public record RevokeConsentRequest(LocalDate on) {
    }
}
