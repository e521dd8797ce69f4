package org.rungs.participant.skill.api;

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
import org.rungs.participant.skill.application.RecordSkill;
import org.rungs.participant.skill.domain.SkillRecord;
import org.rungs.participant.skill.domain.SkillRecords;
import org.rungs.participant.skill.domain.UnknownSkillRecord;
import org.rungs.spine.idempotency.IdempotencyKeys;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;

/** A participant's skill records: what they can do, at which level, and how we know. */
@Path("/participants/{participantId}/skills")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Skills")
@SecurityRequirement(name = "SecurityScheme")
public class SkillResource {

    private final RecordSkill recordSkill;
    private final SkillRecords skills;
    private final ParticipantAccess access;
    private final Caller caller;
    private final IdempotencyKeys idempotency;

    public SkillResource(RecordSkill recordSkill, SkillRecords skills, ParticipantAccess access, Caller caller,
            IdempotencyKeys idempotency) {
        this.recordSkill = recordSkill;
        this.skills = skills;
        this.access = access;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "Record a skill level", description = "Adds a record (earlier records of the element are "
            + "kept) and publishes skill.attained.v1.")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION)
    public Response record(@PathParam("participantId") UUID participantId,
            @NotNull @Valid RecordSkillRequest request) {
        Participant p = access.visible(participantId);
        return idempotency.once(request, () -> {
            SkillRecord s = recordSkill.record(request.command(p.id(), caller.name()));
            return Response.created(URI.create("/participants/" + p.id() + "/skills/" + s.id()))
                    .entity(SkillRecordResponse.of(s)).build();
        });
    }

    @GET
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "A participant's skill records, newest first")
    public List<SkillRecordResponse> list(@PathParam("participantId") UUID participantId) {
        Participant p = access.visible(participantId);
        return skills.ofParticipant(p.id()).stream().map(SkillRecordResponse::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "One skill record")
    public SkillRecordResponse get(@PathParam("participantId") UUID participantId, @PathParam("id") UUID id) {
        Participant p = access.visible(participantId);
        return skills.byId(id).filter(s -> s.participantId().equals(p.id())).map(SkillRecordResponse::of)
                .orElseThrow(() -> new UnknownSkillRecord(id));
    }
}
