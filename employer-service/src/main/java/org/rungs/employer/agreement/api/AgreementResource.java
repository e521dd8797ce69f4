package org.rungs.employer.agreement.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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
import org.rungs.employer.agreement.application.EndAgreement;
import org.rungs.employer.agreement.application.SignAgreement;
import org.rungs.employer.agreement.domain.Agreement;
import org.rungs.employer.agreement.domain.AgreementStatus;
import org.rungs.employer.agreement.domain.Agreements;
import org.rungs.employer.agreement.domain.RungCommitment;
import org.rungs.employer.agreement.domain.UnknownAgreement;
import org.rungs.spine.idempotency.IdempotencyKeys;
import org.rungs.spine.rest.PageRequest;
import org.rungs.spine.rest.PageResponse;
import org.rungs.spine.rest.Patterns;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;

/** Hiring agreements (MOUs) between the intermediary and employers. */
@Path("/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements")
@SecurityRequirement(name = "SecurityScheme")
public class AgreementResource {

    public record Commitment(@NotNull UUID ladderId, @NotNull UUID rungId,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal wageFloor) {
    }

    /** An agreement as signed; without checkInDays, check-ins fall 30, 90 and 180 days after each hire. */
    public record SignRequest(
            @NotNull UUID employerId,
            @NotNull @Size(min = 1, max = 100) List<@NotNull @Valid Commitment> rungs,
            @NotNull Boolean interviewQualifiedReferrals,
            @NotNull @Min(0) @Max(365) Integer internalFirstDays,
            @Size(max = 12) List<@NotNull @Min(1) @Max(1095) Integer> checkInDays,
            @NotBlank @Size(max = 200) String signedForEmployer,
            @NotBlank @Size(max = 200) String signedForIntermediary,
            @NotNull LocalDate signedOn,
            @NotNull LocalDate startsOn,
            LocalDate endsOn) {

        Agreement.Terms terms() {
            return new Agreement.Terms(employerId,
                    rungs.stream().map(r -> new RungCommitment(r.ladderId(), r.rungId(), r.wageFloor())).toList(),
                    interviewQualifiedReferrals, internalFirstDays, checkInDays == null ? List.of() : checkInDays,
                    signedForEmployer, signedForIntermediary, signedOn, startsOn, endsOn);
        }
    }

    public record EndRequest(@NotNull LocalDate endedOn, @NotBlank @Size(max = 500) String reason) {
    }

    public record AgreementResponse(UUID id, UUID employerId, List<Commitment> rungs,
            boolean interviewQualifiedReferrals, int internalFirstDays, List<Integer> checkInDays,
            String signedForEmployer, String signedForIntermediary, LocalDate signedOn, LocalDate startsOn,
            LocalDate endsOn, AgreementStatus status, LocalDate endedOn, String endReason, Instant recordedAt) {

        static AgreementResponse of(Agreement a) {
            return new AgreementResponse(a.id(), a.employerId(),
                    a.rungs().stream().map(r -> new Commitment(r.ladderId(), r.rungId(), r.wageFloor())).toList(),
                    a.interviewQualifiedReferrals(), a.internalFirstDays(), a.checkInDays(), a.signedForEmployer(),
                    a.signedForIntermediary(), a.signedOn(), a.startsOn(), a.endsOn(), a.status(), a.endedOn(),
                    a.endReason(), a.recordedAt());
        }
    }

    private final SignAgreement signAgreement;
    private final EndAgreement endAgreement;
    private final Agreements agreements;
    private final Caller caller;
    private final IdempotencyKeys idempotency;

    public AgreementResource(SignAgreement signAgreement, EndAgreement endAgreement, Agreements agreements,
            Caller caller, IdempotencyKeys idempotency) {
        this.signAgreement = signAgreement;
        this.endAgreement = endAgreement;
        this.agreements = agreements;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @POST
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @Operation(summary = "Record a signed hiring agreement", description = "Publishes agreement.signed.v1. It covers "
            + "rungs of published ladders the employer hires into; a hire into a covered rung below its wage floor is "
            + "refused while the agreement is in force.")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION)
    public Response sign(@NotNull @Valid SignRequest request) {
        return idempotency.once(request, () -> {
            Agreement a = signAgreement.sign(request.terms());
            return Response.created(URI.create("/agreements/" + a.id())).entity(AgreementResponse.of(a)).build();
        });
    }

    @POST
    @Path("{id}/end")
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @Operation(summary = "End an agreement", description = "Publishes agreement.ended.v1; ending it twice is a 409 "
            + "(urn:rungs:problem:agreement-ended).")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION)
    public Response end(@PathParam("id") UUID id, @NotNull @Valid EndRequest request) {
        return idempotency.once(request, () -> Response
                .ok(AgreementResponse.of(endAgreement.end(id, request.endedOn(), request.reason()))).build());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.EMPLOYER})
    @Operation(summary = "One agreement; employer staff see only their own")
    public AgreementResponse get(@PathParam("id") UUID id) {
        return agreements.byId(id)
                .filter(a -> caller.hasRole(Roles.NAVIGATOR) || caller.mayAccess(a.employerId().toString()))
                .map(AgreementResponse::of).orElseThrow(() -> new UnknownAgreement(id));
    }

    @GET
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.EMPLOYER})
    @Operation(summary = "Agreements, newest signature first; employer staff see only their own")
    public PageResponse<AgreementResponse> list(
            @QueryParam("employerId") @Pattern(regexp = Patterns.UUID, message = Patterns.UUID_MESSAGE) String employerId,
            @Valid @BeanParam PageRequest page) {
        UUID employer = employerId == null ? null : UUID.fromString(employerId);
        if (!caller.isNetworkAdmin() && !caller.hasRole(Roles.NAVIGATOR)) {
            UUID own = caller.requireOrganisationId();
            if (employer != null && !employer.equals(own)) {
                return new PageResponse<>(List.of(), page.page(), page.size(), 0);
            }
            employer = own;
        }
        return PageResponse.of(agreements.list(employer, page.page(), page.size()), AgreementResponse::of);
    }
}
