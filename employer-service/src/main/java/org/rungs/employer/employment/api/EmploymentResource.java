package org.rungs.employer.employment.api;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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
import org.rungs.employer.employment.application.RecordPromotion;
import org.rungs.employer.employment.application.RecordRetention;
import org.rungs.employer.employment.domain.Employment;
import org.rungs.employer.employment.domain.Employments;
import org.rungs.employer.employment.domain.UnknownEmployment;
import org.rungs.spine.idempotency.IdempotencyKeys;
import org.rungs.spine.problem.ProblemException;
import org.rungs.spine.problem.Violation;
import org.rungs.spine.rest.PageRequest;
import org.rungs.spine.rest.PageResponse;
import org.rungs.spine.rest.Patterns;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;

/** Employments: promotions, retention check-ins and separations. Employer staff see their own. */
@Path("/employments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Employment")
@SecurityRequirement(name = "SecurityScheme")
public class EmploymentResource {

    private final RecordPromotion recordPromotion;
    private final RecordRetention recordRetention;
    private final Employments employments;
    private final Caller caller;
    private final IdempotencyKeys idempotency;
    private final Clock clock;

    public EmploymentResource(RecordPromotion recordPromotion, RecordRetention recordRetention,
            Employments employments, Caller caller, IdempotencyKeys idempotency, Clock clock) {
        this.recordPromotion = recordPromotion;
        this.recordRetention = recordRetention;
        this.employments = employments;
        this.caller = caller;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.EMPLOYER})
    @Operation(summary = "One employment, with its promotions and check-ins")
    public EmploymentResponse get(@PathParam("id") UUID id) {
        return EmploymentResponse.of(visible(id));
    }

    @GET
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.EMPLOYER})
    @Operation(summary = "Employments, latest start first", description = "Employer staff see their own; navigators "
            + "those of their agency's participants.")
    public PageResponse<EmploymentResponse> list(
            @QueryParam("employerId") @Pattern(regexp = Patterns.UUID, message = Patterns.UUID_MESSAGE) String employerId,
            @QueryParam("participantId") @Pattern(regexp = Patterns.UUID, message = Patterns.UUID_MESSAGE) String participantId,
            @Valid @BeanParam PageRequest page) {
        UUID employer = employerId == null ? null : UUID.fromString(employerId);
        UUID participant = participantId == null ? null : UUID.fromString(participantId);
        var search = scope(new Employments.Search(employer, participant, null));
        if (search == null) {
            return new PageResponse<>(List.of(), page.page(), page.size(), 0);
        }
        return PageResponse.of(employments.search(search, page.page(), page.size()), EmploymentResponse::of);
    }

    @GET
    @Path("overdue-check-ins")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.EMPLOYER})
    @Operation(summary = "Employments with a retention check-in past its due day and not recorded", description = "Employer staff see their own; navigators those of their agency's participants. A check-in "
            + "due after the worker separated is not overdue.")
    public PageResponse<EmploymentResponse> overdue(@Valid @BeanParam PageRequest page) {
        var search = scope(new Employments.Search(null, null, null));
        return PageResponse.of(employments.withOverdueCheckIns(search, LocalDate.now(clock), page.page(),
                page.size()), EmploymentResponse::of);
    }

    /**
     * A search narrowed to what the caller may see: employer staff their employer's, navigators their agency's
     * participants'; null when the caller asked for another employer's.
     */
    private Employments.Search scope(Employments.Search asked) {
        if (caller.isNetworkAdmin()) {
            return asked;
        }
        if (caller.hasRole(Roles.NAVIGATOR)) {
            return new Employments.Search(asked.employerId(), asked.participantId(), caller.requireOrganisation());
        }
        UUID employer = caller.requireOrganisationId();
        if (asked.employerId() != null && !asked.employerId().equals(employer)) {
            return null;
        }
        return new Employments.Search(employer, asked.participantId(), null);
    }

    @POST
    @Path("{id}/promotions")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.EMPLOYER})
    @Operation(summary = "Record a promotion", description = "Publishes promotion.recorded.v1. A promotion to a lower "
            + "or the same rung is a 409 (urn:rungs:problem:promotion-not-upward); with no wage change it is still a "
            + "promotion. Into a vacancy (vacancyId, or referralId), it takes one of its openings and moves the "
            + "referral to hired: how an incumbent worker fills a vacancy in its internal-first window.")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION)
    public Response promote(@PathParam("id") UUID id, @NotNull @Valid EmploymentRequests.Promotion request) {
        visible(id);
        return idempotency.once(request, () -> Response.created(URI.create("/employments/" + id))
                .entity(EmploymentResponse.of(recordPromotion.promote(request.command(id, caller.actor())))).build());
    }

    @POST
    @Path("{id}/check-ins")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.EMPLOYER})
    @Operation(summary = "Record a retention check-in", description = "Publishes retention.checked.v1 (and "
            + "separation.recorded.v1 when the worker has left). A check-in dated before the hire is a 409 "
            + "(urn:rungs:problem:check-in-before-hire); before its due day, urn:rungs:problem:check-in-not-due.")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION)
    public Response checkIn(@PathParam("id") UUID id, @NotNull @Valid EmploymentRequests.CheckIn request) {
        visible(id);
        if (!request.stillEmployed()) {
            List<Violation> missing = new ArrayList<>();
            if (request.separatedOn() == null) {
                missing.add(new Violation("separatedOn", "is required when the worker is not still employed"));
            }
            if (request.separationReason() == null) {
                missing.add(new Violation("separationReason", "is required when the worker is not still employed"));
            }
            if (!missing.isEmpty()) {
                throw ProblemException.invalid(missing);
            }
        }
        return idempotency.once(request, () -> Response.ok(EmploymentResponse.of(recordRetention.checkIn(
                new RecordRetention.CheckIn(id, request.daysAfterHire(), request.checkedOn(), request.stillEmployed(),
                        request.hourlyWage(), request.separatedOn(), request.separationReason()))))
                .build());
    }

    @POST
    @Path("{id}/separation")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.EMPLOYER})
    @Operation(summary = "Record a separation", description = "Publishes separation.recorded.v1.")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION)
    public Response separate(@PathParam("id") UUID id, @NotNull @Valid EmploymentRequests.Separation request) {
        visible(id);
        return idempotency.once(request, () -> Response.ok(EmploymentResponse.of(
                recordRetention.separate(id, request.separatedOn(), request.reason()))).build());
    }

    /** The employment, if the caller may see it: its employer's staff, or a navigator of the worker's agency. */
    private Employment visible(UUID id) {
        return employments.byId(id).filter(e -> caller.mayAccess(e.employerId().toString())
                || caller.hasRole(Roles.NAVIGATOR) && caller.organisation()
                        .map(agency -> employments.servedBy(e.participantId(), agency)).orElse(false))
                .orElseThrow(() -> new UnknownEmployment(id));
    }
}
