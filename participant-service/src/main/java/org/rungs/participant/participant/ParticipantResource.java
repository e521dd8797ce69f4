package org.rungs.participant.participant;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
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
import org.rungs.spine.idempotency.IdempotencyKeys;
import org.rungs.spine.problem.ProblemException;
import org.rungs.spine.rest.PageRequest;
import org.rungs.spine.rest.PageResponse;
import org.rungs.spine.rest.Patterns;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;

import io.quarkus.panache.common.Sort;

/** Enrolling participants and looking them up; navigators work with their own agency's participants only. */
@Path("/participants")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Participants")
@SecurityRequirement(name = "SecurityScheme")
public class ParticipantResource {

    private final IdempotencyKeys idempotency;
    private final ParticipantService service;
    private final ParticipantRepository participants;
    private final ParticipantAccess access;
    private final Caller caller;

    public ParticipantResource(ParticipantService service, ParticipantRepository participants,
            ParticipantAccess access, Caller caller, IdempotencyKeys idempotency) {
        this.service = service;
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
    public Response enrol(
            @NotNull @Valid EnrolParticipantRequest request) {
        String agency = enrollingAgency(request.partnerAgency());
        return idempotency.once(request, () -> {
            Participant p = service.enrol(agency, request, caller.name());
            return Response.created(URI.create("/participants/" + p.id)).entity(ParticipantResponse.of(p)).build();
        });
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "One participant; navigators see only their agency's")
    public ParticipantResponse get(@PathParam("id") UUID id) {
        return ParticipantResponse.of(access.visible(id));
    }

    @GET
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "Participants, newest enrolment first; navigators see only their agency's")
    public PageResponse<ParticipantResponse> list(
            @QueryParam("partnerAgency") @Size(max = 100) @Pattern(regexp = Patterns.PARTNER_AGENCY, message = Patterns.PARTNER_AGENCY_MESSAGE) String partnerAgency,
            @Valid @BeanParam PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!caller.isNetworkAdmin()) {
            where.append(" and partnerAgency = :own");
            params.put("own", caller.requireOrganisation());
        }
        if (partnerAgency != null) {
            where.append(" and partnerAgency = :agency");
            params.put("agency", partnerAgency);
        }
        var query = participants.find(where.toString(), Sort.descending("enrolledAt").and("id"), params);
        return new PageResponse<>(
                query.page(page.page(), page.size()).list().stream().map(ParticipantResponse::of).toList(),
                page.page(), page.size(), query.count());
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
