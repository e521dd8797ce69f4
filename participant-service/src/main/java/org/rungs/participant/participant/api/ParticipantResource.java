package org.rungs.participant.participant.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rungs.participant.audit.application.AuditPiiReads;
import org.rungs.participant.participant.application.ChangeBarriers;
import org.rungs.participant.participant.application.EnrolParticipant;
import org.rungs.participant.participant.domain.Barrier;
import org.rungs.participant.participant.domain.Participant;
import org.rungs.participant.participant.domain.Participants;
import org.rungs.spine.domain.Page;
import org.rungs.spine.idempotency.IdempotencyKeys;
import org.rungs.spine.problem.ProblemException;
import org.rungs.spine.rest.PageRequest;
import org.rungs.spine.rest.PageResponse;
import org.rungs.spine.rest.Patterns;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;

/** Enrolling participants and looking them up; navigators work with their own agency's participants only. */
@Path("/participants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participants")
@SecurityRequirement(name = "SecurityScheme")
public class ParticipantResource {

    private final EnrolParticipant enrolParticipant;
    private final Participants participants;
    private final ParticipantAccess access;
    private final Caller caller;
    private final IdempotencyKeys idempotency;
    private final AuditPiiReads audit;
    private final ChangeBarriers changeBarriers;

    public ParticipantResource(EnrolParticipant enrolParticipant, Participants participants,
            ParticipantAccess access, Caller caller, IdempotencyKeys idempotency, AuditPiiReads audit,
            ChangeBarriers changeBarriers) {
        this.audit = audit;
        this.changeBarriers = changeBarriers;
        this.enrolParticipant = enrolParticipant;
        this.participants = participants;
        this.access = access;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "Enrol a participant", description = "A navigator enrols for their own agency; a network "
            + "admin names the agency in partnerAgency. Publishes participant.enrolled.v1 without contact details.")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION)
    public Response enrol(@NotNull @Valid EnrolParticipantRequest request) {
        String agency = enrollingAgency(request.partnerAgency());
        return idempotency.once(request, () -> {
            Participant p = enrolParticipant.enrol(request.enrolment(agency, caller.name()),
                    request.demographicsAnswers());
            return Response.created(URI.create("/participants/" + p.id())).entity(respond(p)).build();
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "One participant; navigators see only their agency's")
    public ParticipantResponse get(@PathParam("id") UUID id) {
        Participant p = access.visible(id);
        audit.read(caller.actor(), caller.organisation().orElse(null), List.of(p.id()), "participant",
                AuditPiiReads.PARTICIPANT_FIELDS);
        return respond(p);
    }

    /** The whole list of a participant's barriers now. */
    public record BarriersRequest(
            @NotNull @Size(max = 16) @Schema(description = "Barriers to employment now, e.g. childcare, housing") List<@NotNull Barrier> barriers) {
    }

    @PUT
    @Path("{id}/barriers")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "Update the participant's barriers", description = "The whole list: one found later is "
            + "added, one resolved left out. Publishes participant.barriers-changed.v1; the same list again changes "
            + "and publishes nothing.")
    public ParticipantResponse barriers(@PathParam("id") UUID id, @NotNull @Valid BarriersRequest request) {
        Participant p = access.visible(id);
        audit.read(caller.actor(), caller.organisation().orElse(null), List.of(p.id()), "participant",
                AuditPiiReads.PARTICIPANT_FIELDS);
        return respond(changeBarriers.change(p.id(), request.barriers()));
    }

    @GET
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "Participants, newest enrolment first; navigators see only their agency's")
    public PageResponse<ParticipantResponse> list(
            @QueryParam("partnerAgency") @Size(max = 100) @Pattern(regexp = Patterns.PARTNER_AGENCY, message = Patterns.PARTNER_AGENCY_MESSAGE) String partnerAgency,
            @Valid @BeanParam PageRequest page) {
        String servedBy = caller.isNetworkAdmin() ? null : caller.requireOrganisation();
        Page<Participant> found = participants.search(new Participants.Search(servedBy, partnerAgency), page.page(),
                page.size());
        audit.read(caller.actor(), caller.organisation().orElse(null),
                found.items().stream().map(Participant::id).toList(), "participant", AuditPiiReads.PARTICIPANT_FIELDS);
        return PageResponse.of(found, this::respond);
    }

    private ParticipantResponse respond(Participant p) {
        return ParticipantResponse.of(p, participants.otherAgencies(p.personId(), p.partnerAgency()));
    }

    private String enrollingAgency(String requested) {
        if (caller.isNetworkAdmin()) {
            if (requested == null) {
                throw ProblemException.invalid("partnerAgency", "is required when a network admin enrols");
            }
            return requested;
        }
        String own = caller.requireOrganisation();
        if (requested != null && !requested.equals(own)) {
            throw ProblemException.invalid("partnerAgency", "must be your own agency (" + own + ")");
        }
        return own;
    }
}
