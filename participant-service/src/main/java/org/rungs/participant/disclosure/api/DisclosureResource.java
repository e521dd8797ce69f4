package org.rungs.participant.disclosure.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rungs.participant.audit.application.AuditPiiReads;
import org.rungs.participant.consent.application.KeepConsents;
import org.rungs.participant.disclosure.domain.Disclosure;
import org.rungs.participant.disclosure.domain.Disclosures;
import org.rungs.participant.participant.api.ParticipantAccess;
import org.rungs.participant.participant.domain.Participant;
import org.rungs.participant.participant.domain.Participants;
import org.rungs.participant.participant.domain.UnknownParticipant;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;

/**
 * What a participant disclosed to employers. An employer reads the name and contact of a participant who accepted a
 * referral to it, and nothing else, while the disclosure is open and the participant still consents.
 */
@Path("/participants/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consent")
@SecurityRequirement(name = "SecurityScheme")
public class DisclosureResource {

    public record DisclosureResponse(UUID id, UUID recipientEmployerId, UUID referralId, UUID vacancyId,
            String purpose, String scope, Instant grantedAt, Instant endedAt, String endReason, boolean open) {

        static DisclosureResponse of(Disclosure d) {
            return new DisclosureResponse(d.id(), d.recipientEmployerId(), d.referralId(), d.vacancyId(),
                    d.purpose(), Disclosure.SCOPE, d.grantedAt(), d.endedAt(), d.endReason(), d.open());
        }
    }

    /** The name and contact a participant disclosed to an employer. */
    public record ContactResponse(UUID participantId, String givenName, String familyName, String email,
            String phone) {
    }

    private final Participants participants;
    private final Disclosures disclosures;
    private final KeepConsents consents;
    private final ParticipantAccess access;
    private final Caller caller;
    private final AuditPiiReads audit;

    public DisclosureResource(Participants participants, Disclosures disclosures, KeepConsents consents,
            ParticipantAccess access, Caller caller, AuditPiiReads audit) {
        this.audit = audit;
        this.participants = participants;
        this.consents = consents;
        this.disclosures = disclosures;
        this.access = access;
        this.caller = caller;
    }

    @GET
    @Path("contact")
    @RolesAllowed(Roles.EMPLOYER)
    @Operation(summary = "The participant's name and contact, for an employer they disclosed them to", description = "Answers only while the participant has an open disclosure to the caller's employer (they "
            + "accepted its referral) and their consents in force cover contact with that employer (a matching "
            + "consent with contact in scope, or a disclosure consent naming the employer); otherwise 404.")
    public ContactResponse contact(@PathParam("id") UUID id) {
        UUID employerId = caller.requireOrganisationId();
        Participant p = participants.byId(id)
                .filter(found -> disclosures.openTo(found.id(), employerId))
                .filter(found -> consents.contactDisclosable(found.id(), employerId))
                .orElseThrow(() -> new UnknownParticipant(id));
        audit.read(caller.actor(), employerId.toString(), List.of(p.id()), "contact", AuditPiiReads.CONTACT_FIELDS);
        return new ContactResponse(p.id(), p.givenName(), p.familyName(), p.email(), p.phone());
    }

    @GET
    @Path("disclosures")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "The participant's disclosures to employers, newest first; navigators see their agency's")
    public List<DisclosureResponse> disclosures(@PathParam("id") UUID id) {
        return disclosures.ofParticipant(access.visible(id).id()).stream().map(DisclosureResponse::of).toList();
    }
}
