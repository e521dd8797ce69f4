package org.rungs.training.enrolment.api;

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
import org.rungs.spine.idempotency.IdempotencyKeys;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;
import org.rungs.training.credential.domain.Credentials;
import org.rungs.training.enrolment.application.KeepEnrolments;
import org.rungs.training.enrolment.domain.Enrolment;

/** One enrolment: its withdrawal, completion and skill gains. */
@Path("/enrolments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enrolments")
@SecurityRequirement(name = "SecurityScheme")
public class EnrolmentResource {

    private final KeepEnrolments keepEnrolments;
    private final EnrolmentAccess access;
    private final Credentials credentials;
    private final Caller caller;
    private final IdempotencyKeys idempotency;

    public EnrolmentResource(KeepEnrolments keepEnrolments, EnrolmentAccess access, Credentials credentials,
            Caller caller, IdempotencyKeys idempotency) {
        this.idempotency = idempotency;
        this.keepEnrolments = keepEnrolments;
        this.access = access;
        this.credentials = credentials;
        this.caller = caller;
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.PROVIDER})
    @Operation(summary = "One enrolment")
    public EnrolmentResponse get(@PathParam("id") UUID id) {
        return respond(access.visible(id));
    }

    @POST
    @Path("{id}/withdrawal")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.PROVIDER})
    @Operation(summary = "The participant left the cohort", description = "Publishes enrolment.changed.v1.")
    public EnrolmentResponse withdraw(@PathParam("id") UUID id, @NotNull @Valid EnrolmentRequests.Withdraw request) {
        access.visible(id);
        return respond(keepEnrolments.withdraw(id, request.reason(), request.on()));
    }

    @POST
    @Path("{id}/completion")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.PROVIDER})
    @Operation(summary = "The participant completed the program", description = "Awards the program's credential "
            + "(credential.awarded.v1, with the skills taught at the level reached) and publishes "
            + "enrolment.changed.v1. Provider staff complete their own cohorts' enrolees.")
    public EnrolmentResponse complete(@PathParam("id") UUID id, @NotNull @Valid EnrolmentRequests.Complete request) {
        access.ofOwnProvider(id);
        KeepEnrolments.Completed done = keepEnrolments.complete(id, request.on());
        return EnrolmentResponse.of(done.enrolment(), done.credential().id());
    }

    @POST
    @Path("{id}/skill-gains")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.PROVIDER})
    @Operation(summary = "Record a measurable skill gain", description = "One of the five WIOA types, dated the day "
            + "achieved (on or after the enrolment, not in the future). Publishes skill-gain.recorded.v1.")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION)
    public Response gain(@PathParam("id") UUID id, @NotNull @Valid EnrolmentRequests.Gain request) {
        access.visible(id);
        return idempotency.once(request, () -> Response.ok(respond(keepEnrolments.recordGain(id, request.type(),
                request.achievedOn(), request.note(), caller.name()))).build());
    }

    private EnrolmentResponse respond(Enrolment e) {
        return EnrolmentResponse.of(e, credentials.ofParticipant(e.participantId()).stream()
                .filter(c -> c.enrolmentId().equals(e.id())).map(c -> c.id()).findFirst().orElse(null));
    }
}
