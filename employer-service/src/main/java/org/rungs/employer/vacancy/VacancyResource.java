package org.rungs.employer.vacancy;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
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
import org.rungs.spine.idempotency.IdempotencyKeys;
import org.rungs.spine.problem.ProblemException;
import org.rungs.spine.reference.OnetOccupationCode;
import org.rungs.spine.rest.PageRequest;
import org.rungs.spine.rest.PageResponse;
import org.rungs.spine.rest.Patterns;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;

import io.quarkus.panache.common.Sort;

@Path("/vacancies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vacancies")
@SecurityRequirement(name = "SecurityScheme")
public class VacancyResource {

    private final IdempotencyKeys idempotency;
    private final VacancyService service;
    private final VacancyRepository vacancies;
    private final Caller caller;

    public VacancyResource(VacancyService service, VacancyRepository vacancies, Caller caller,
            IdempotencyKeys idempotency) {
        this.service = service;
        this.vacancies = vacancies;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.EMPLOYER})
    @Operation(summary = "One vacancy")
    public VacancyResponse get(@PathParam("id") UUID id) {
        return VacancyResponse.of(visible(id));
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.EMPLOYER})
    @Operation(summary = "Close a vacancy", description = "Publishes vacancy.closed.v1. Closing a closed vacancy is a "
            + "409.")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION)
    public Response close(@PathParam("id") UUID id,
            @NotNull @Valid CloseVacancyRequest request) {
        Vacancy v = vacancies.findById(id);
        if (v == null || !caller.mayAccess(v.employerId.toString())) {
            throw ProblemException.notFound("Vacancy", id);
        }
        return idempotency.once(request,
                () -> Response.ok(VacancyResponse.of(service.close(v, request.reason()))).build());
    }

    @GET
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.EMPLOYER})
    @Operation(summary = "Vacancies, newest first; employer staff see only their own")
    public PageResponse<VacancyResponse> list(
            @QueryParam("status") @Pattern(regexp = "open|closed", message = "must be open or closed") String status,
            @QueryParam("employerId") @Pattern(regexp = Patterns.UUID, message = Patterns.UUID_MESSAGE) String employerId,
            @QueryParam("occupationCode") @OnetOccupationCode String occupationCode,
            @Valid @BeanParam PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (!caller.isNetworkAdmin() && !caller.hasRole(Roles.NAVIGATOR)) {
            where.append(" and cast(employerId as string) = :own");
            params.put("own", caller.requireOrganisation());
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", VacancyStatus.valueOf(status.toUpperCase(Locale.ROOT)));
        }
        if (employerId != null) {
            where.append(" and employerId = :employerId");
            params.put("employerId", UUID.fromString(employerId));
        }
        if (occupationCode != null) {
            where.append(" and occupationCode = :occupationCode");
            params.put("occupationCode", occupationCode);
        }
        var query = vacancies.find(where.toString(), Sort.descending("openedAt").and("id"), params);
        return new PageResponse<>(
                query.page(page.page(), page.size()).list().stream().map(VacancyResponse::of).toList(),
                page.page(), page.size(), query.count());
    }

    private Vacancy visible(UUID id) {
        Vacancy v = vacancies.findById(id);
        if (v == null || !(caller.hasRole(Roles.NAVIGATOR) || caller.mayAccess(v.employerId.toString()))) {
            throw ProblemException.notFound("Vacancy", id);
        }
        return v;
    }
}
