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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rungs.participant.participant.api.ParticipantAccess;
import org.rungs.participant.participant.domain.Participant;
import org.rungs.participant.participation.application.KeepServicesLog;
import org.rungs.participant.participation.domain.CaseRecords;
import org.rungs.participant.participation.domain.ServiceRecord;
import org.rungs.participant.participation.domain.UnknownService;
import org.rungs.spine.domain.RecordedDay;
import org.rungs.spine.idempotency.IdempotencyKeys;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;

/** A participant's services log: what they received and what is scheduled, which the 90-day exit rule reads. */
@Path("/participants/{participantId}/services")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Services and exit")
@SecurityRequirement(name = "SecurityScheme")
public class ServiceLogResource {

    private final KeepServicesLog servicesLog;
    private final CaseRecords records;
    private final ParticipantAccess access;
    private final Caller caller;
    private final IdempotencyKeys idempotency;
    private final Clock clock;

    public ServiceLogResource(KeepServicesLog servicesLog, CaseRecords records, ParticipantAccess access,
            Caller caller, IdempotencyKeys idempotency, Clock clock) {
        this.servicesLog = servicesLog;
        this.records = records;
        this.access = access;
        this.caller = caller;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @POST
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "Log a service, delivered or scheduled", description = "Publishes service.recorded.v1. "
            + "A day after today schedules the service (which holds the participant's exit). Refused before the "
            + "participant's program entry, and inside the 90 days that made an announced exit.")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION)
    public Response log(@PathParam("participantId") UUID participantId, @NotNull @Valid LogServiceRequest request) {
        Participant p = access.visible(participantId);
        return idempotency.once(request, () -> {
            ServiceRecord s = servicesLog.log(request.command(p.id(), caller.name()));
            return Response.created(URI.create("/participants/" + p.id() + "/services/" + s.id()))
                    .entity(ServiceResponse.of(s, today())).build();
        });
    }

    @GET
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "The participant's services, latest day first, cancelled ones included")
    public List<ServiceResponse> list(@PathParam("participantId") UUID participantId) {
        Participant p = access.visible(participantId);
        LocalDate today = today();
        return records.services(p.id()).stream().map(s -> ServiceResponse.of(s, today)).toList();
    }

    @GET
    @Path("{serviceId}")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "One service")
    public ServiceResponse get(@PathParam("participantId") UUID participantId,
            @PathParam("serviceId") UUID serviceId) {
        Participant p = access.visible(participantId);
        return records.service(p.id(), serviceId).map(s -> ServiceResponse.of(s, today()))
                .orElseThrow(() -> new UnknownService(serviceId));
    }

    @POST
    @Path("{serviceId}/cancellation")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR})
    @Operation(summary = "Cancel a scheduled service", description = "Publishes service.cancelled.v1; cancelling "
            + "again answers the cancelled service. A service whose day has come was delivered and stands.")
    public ServiceResponse cancel(@PathParam("participantId") UUID participantId,
            @PathParam("serviceId") UUID serviceId, @NotNull @Valid CancelServiceRequest request) {
        Participant p = access.visible(participantId);
        return ServiceResponse.of(servicesLog.cancel(p.id(), serviceId, request.reason(), caller.name()), today());
    }

    private LocalDate today() {
        return RecordedDay.today(clock);
    }
}
