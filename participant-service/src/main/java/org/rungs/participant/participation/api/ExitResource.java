package org.rungs.participant.participation.api;

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
import org.rungs.participant.participant.api.ParticipantAccess;
import org.rungs.participant.participant.domain.Participant;
import org.rungs.participant.participation.application.ParticipationStanding;
import org.rungs.participant.participation.application.RecordExclusion;
import org.rungs.participant.participation.domain.CaseRecords;
import org.rungs.participant.participation.domain.Exclusion;
import org.rungs.spine.domain.RecordedDay;
import org.rungs.spine.idempotency.IdempotencyKeys;
import org.rungs.spine.rest.QueryValues;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;

/** A participant's exit under the 90-day rule, and their exclusions from performance. */
@Path("/participants/{participantId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Services and exit")
@SecurityRequirement(name = "SecurityScheme")
public class ExitResource {

    private final ParticipationStanding standing;
    private final RecordExclusion recordExclusion;
    private final CaseRecords records;
    private final ParticipantAccess access;
    private final Caller caller;
    private final IdempotencyKeys idempotency;
    private final Clock clock;

    public ExitResource(ParticipationStanding standing, RecordExclusion recordExclusion, CaseRecords records,
            ParticipantAccess access, Caller caller, IdempotencyKeys idempotency, Clock clock) {
        this.standing = standing;
        this.recordExclusion = recordExclusion;
        this.records = records;
        this.access = access;
        this.caller = caller;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @GET
    @Path("exit")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "Where the participant stands under the 90-day exit rule as of a day", description = "The "
            + "same services give the same answer for the same day. A service dated on or before asOf was delivered; "
            + "one dated after it is scheduled if it was logged by then.")
    public ExitResponse exit(@PathParam("participantId") UUID participantId,
            @Parameter(description = "The day to judge (YYYY-MM-DD); today when absent", example = "2026-12-01") @QueryParam("asOf") String asOf) {
        LocalDate day = QueryValues.date("asOf", asOf);
        Participant p = access.visible(participantId);
        return ExitResponse.of(standing.asOf(p.id(), day == null ? RecordedDay.today(clock) : day));
    }

    @POST
    @Path("exclusions")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "Record an exclusion from performance", description = "Publishes participant.excluded.v1; "
            + "it applies to the period of participation its day falls in.")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION)
    public Response exclude(@PathParam("participantId") UUID participantId,
            @NotNull @Valid RecordExclusionRequest request) {
        Participant p = access.visible(participantId);
        return idempotency.once(request, () -> {
            Exclusion e = recordExclusion.record(request.command(p.id(), caller.name()));
            return Response.created(URI.create("/participants/" + p.id() + "/exclusions"))
                    .entity(ExclusionResponse.of(e)).build();
        });
    }

    @GET
    @Path("exclusions")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "The participant's exclusions from performance, earliest first")
    public List<ExclusionResponse> exclusions(@PathParam("participantId") UUID participantId) {
        Participant p = access.visible(participantId);
        return records.exclusions(p.id()).stream().map(ExclusionResponse::of).toList();
    }
}
