package org.rungs.employer.vacancy.api;

import java.util.Locale;
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
import org.rungs.employer.employer.domain.Employer;
import org.rungs.employer.employer.domain.Employers;
import org.rungs.employer.vacancy.application.CloseVacancy;
import org.rungs.employer.vacancy.application.OpenVacancy;
import org.rungs.employer.vacancy.domain.UnknownVacancy;
import org.rungs.employer.vacancy.domain.Vacancies;
import org.rungs.employer.vacancy.domain.Vacancy;
import org.rungs.employer.vacancy.domain.VacancyStatus;
import org.rungs.spine.idempotency.IdempotencyKeys;
import org.rungs.spine.reference.OnetOccupationCode;
import org.rungs.spine.rest.PageRequest;
import org.rungs.spine.rest.PageResponse;
import org.rungs.spine.rest.Patterns;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;

@Path("/vacancies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vacancies")
@SecurityRequirement(name = "SecurityScheme")
public class VacancyResource {

    private final CloseVacancy closeVacancy;
    private final OpenVacancy openVacancy;
    private final Vacancies vacancies;
    private final Caller caller;
    private final IdempotencyKeys idempotency;
    private final Employers employers;

    public VacancyResource(CloseVacancy closeVacancy, OpenVacancy openVacancy, Vacancies vacancies, Caller caller,
            IdempotencyKeys idempotency, Employers employers) {
        this.closeVacancy = closeVacancy;
        this.openVacancy = openVacancy;
        this.vacancies = vacancies;
        this.caller = caller;
        this.idempotency = idempotency;
        this.employers = employers;
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.EMPLOYER})
    @Operation(summary = "One vacancy")
    public VacancyResponse get(@PathParam("id") UUID id) {
        return VacancyResponse.of(visible(id));
    }

    @GET
    @Path("{id}")
    @Produces(JobPostings.MEDIA_TYPE)
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.EMPLOYER})
    @Operation(summary = "One vacancy", description = "With Accept: application/ld+json, a schema.org JobPosting "
            + "(docs/jobposting.md maps each field).")
    public JobPosting getJobPosting(@PathParam("id") UUID id) {
        Vacancy v = visible(id);
        return JobPostings.toJsonLd(v, employers.byId(v.employerId()).map(Employer::name).orElse(null));
    }

    /** A vacancy the caller may see: any, for navigators; their employer's, for employer staff. */
    private Vacancy visible(UUID id) {
        return vacancies.byId(id)
                .filter(v -> caller.hasRole(Roles.NAVIGATOR) || caller.mayAccess(v.employerId().toString()))
                .orElseThrow(() -> new UnknownVacancy(id));
    }

    @POST
    @Path("{id}/close")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.EMPLOYER})
    @Operation(summary = "Close a vacancy", description = "Publishes vacancy.closed.v1. Closing a closed vacancy is a "
            + "409 (urn:rungs:problem:vacancy-already-closed).")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION)
    public Response close(@PathParam("id") UUID id, @NotNull @Valid CloseVacancyRequest request) {
        Vacancy v = vacancies.byId(id).filter(found -> caller.mayAccess(found.employerId().toString()))
                .orElseThrow(() -> new UnknownVacancy(id));
        return idempotency.once(request,
                () -> Response.ok(VacancyResponse.of(closeVacancy.close(v.id(), request.reason()))).build());
    }

    @POST
    @Path("{id}/open")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.EMPLOYER})
    @Operation(summary = "Open a drafted vacancy", description = "Publishes vacancy.opened.v1. Opening one that is not "
            + "a draft is a 409 (urn:rungs:problem:vacancy-not-open).")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION)
    public Response open(@PathParam("id") UUID id) {
        Vacancy v = vacancies.byId(id).filter(found -> caller.mayAccess(found.employerId().toString()))
                .orElseThrow(() -> new UnknownVacancy(id));
        return idempotency.once(id, () -> Response.ok(VacancyResponse.of(openVacancy.openDraft(v.id()))).build());
    }

    @GET
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.EMPLOYER})
    @Operation(summary = "Vacancies, newest first; employer staff see only their own")
    public PageResponse<VacancyResponse> list(
            @QueryParam("status") @Pattern(regexp = "draft|open|filled|closed", message = "must be draft, open, filled or closed") String status,
            @QueryParam("employerId") @Pattern(regexp = Patterns.UUID, message = Patterns.UUID_MESSAGE) String employerId,
            @QueryParam("occupationCode") @OnetOccupationCode String occupationCode,
            @Valid @BeanParam PageRequest page) {
        String ownedBy = caller.isNetworkAdmin() || caller.hasRole(Roles.NAVIGATOR)
                ? null
                : caller.requireOrganisation();
        var search = new Vacancies.Search(
                status == null ? null : VacancyStatus.valueOf(status.toUpperCase(Locale.ROOT)),
                employerId == null ? null : UUID.fromString(employerId), occupationCode, ownedBy);
        return PageResponse.of(vacancies.search(search, page.page(), page.size()), VacancyResponse::of);
    }
}
