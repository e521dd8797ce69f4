package org.rungs.employer.vacancy.api;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rungs.employer.employer.domain.Employer;
import org.rungs.employer.employer.domain.Employers;
import org.rungs.employer.employer.domain.UnknownEmployer;
import org.rungs.employer.vacancy.application.OpenVacancy;
import org.rungs.employer.vacancy.domain.SkillRequiredTwice;
import org.rungs.employer.vacancy.domain.Vacancy;
import org.rungs.employer.vacancy.domain.VacancyRefused;
import org.rungs.spine.idempotency.IdempotencyKeys;
import org.rungs.spine.problem.ProblemException;
import org.rungs.spine.problem.Violation;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Opening vacancies under an employer, from Rungs' JSON or from a schema.org JobPosting (docs/jobposting.md). */
@Path("/employers/{employerId}/vacancies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Vacancies")
@SecurityRequirement(name = "SecurityScheme")
public class EmployerVacancyResource {

    private final OpenVacancy openVacancy;
    private final Caller caller;
    private final IdempotencyKeys idempotency;
    private final Employers employers;
    private final ObjectMapper json;
    private final Validator validator;
    private final Clock clock;

    public EmployerVacancyResource(OpenVacancy openVacancy, Caller caller, IdempotencyKeys idempotency,
            Employers employers, ObjectMapper json, Validator validator, Clock clock) {
        this.openVacancy = openVacancy;
        this.caller = caller;
        this.idempotency = idempotency;
        this.employers = employers;
        this.json = json;
        this.validator = validator;
        this.clock = clock;
    }

    @POST
    @AcceptChecked
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.EMPLOYER})
    @Operation(summary = "Open a vacancy", description = "Publishes vacancy.opened.v1; matching-service then proposes "
            + "candidates. With Content-Type application/ld+json the body is a schema.org JobPosting instead "
            + "(docs/jobposting.md).")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION)
    public Response open(@PathParam("employerId") UUID employerId, @NotNull @Valid OpenVacancyRequest request) {
        if (!caller.mayAccess(employerId.toString())) {
            throw new UnknownEmployer(employerId);
        }
        return idempotency.once(request, () -> {
            Vacancy v = openVacancy.open(request.command(employerId));
            return Response.created(URI.create("/vacancies/" + v.id())).entity(VacancyResponse.of(v)).build();
        });
    }

    /** What a retry must repeat: the posting as sent, and the media type its answer is in. */
    record PostedJobPosting(JsonNode posting, String answeredAs) {
    }

    @POST
    @AcceptChecked
    @Consumes(JobPostings.MEDIA_TYPE)
    @Produces({JobPostings.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.EMPLOYER})
    @Operation(summary = "Open a vacancy", description = "Publishes vacancy.opened.v1; matching-service then proposes "
            + "candidates. With Content-Type application/ld+json the body is a schema.org JobPosting (docs/jobposting.md"
            + " maps it): schema.org properties Rungs does not map are accepted and ignored; one it cannot map (a skill "
            + "as free text, a salary per YEAR) is a 422 urn:rungs:problem:job-posting-unmappable listing each item. "
            + "The answer is a JobPosting, or the vacancy as JSON with Accept: application/json.")
    @Parameter(name = IdempotencyKeys.HEADER, in = ParameterIn.HEADER, description = IdempotencyKeys.DESCRIPTION)
    @RequestBody(required = true, content = @Content(mediaType = JobPostings.MEDIA_TYPE, schema = @Schema(implementation = JobPosting.class)))
    @APIResponse(responseCode = "201", description = "The vacancy opened (or drafted)", content = {
            @Content(mediaType = JobPostings.MEDIA_TYPE, schema = @Schema(implementation = JobPosting.class)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VacancyResponse.class))})
    public Response openFromJobPosting(@PathParam("employerId") UUID employerId, byte[] body,
            @Context HttpHeaders headers) throws IOException {
        if (!caller.mayAccess(employerId.toString())) {
            throw new UnknownEmployer(employerId);
        }
        JsonNode posting = JobPostings.read(json, body);
        JobPostings.Mapped mapped = JobPostings.fromJsonLd(posting, clock.getZone());
        List<Violation> violations = mapped.violations(validator.validate(mapped.request()));
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        MediaType answer = answerType(headers.getAcceptableMediaTypes());
        Response response;
        try {
            response = idempotency.once(new PostedJobPosting(posting, answer.toString()), () -> {
                Vacancy v = openVacancy.open(mapped.request().command(employerId));
                Object entity = answer.equals(MediaType.APPLICATION_JSON_TYPE)
                        ? VacancyResponse.of(v)
                        : JobPostings.toJsonLd(v, employers.byId(v.employerId()).map(Employer::name).orElse(null));
                return Response.created(URI.create("/vacancies/" + v.id())).entity(entity).type(answer).build();
            });
        } catch (VacancyRefused e) {
            throw new VacancyRefused(mapped.paths(e.fields()));
        } catch (SkillRequiredTwice e) {
            throw ProblemException.invalid(e.positions().stream()
                    .map(i -> new Violation(mapped.path("requiredSkills[" + i + "].elementId"),
                            "is listed more than once"))
                    .toList());
        }
        // a replayed answer comes back from the key's store as JSON text: it is in the media type first answered
        return Response.fromResponse(response).type(answer).build();
    }

    /** JSON-LD, unless the client prefers plain JSON (Accept lists it first, or only it). */
    static MediaType answerType(List<MediaType> acceptable) {
        MediaType ld = MediaType.valueOf(JobPostings.MEDIA_TYPE);
        for (MediaType type : acceptable) {
            if (type.isCompatible(ld)) {
                return ld;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return MediaType.APPLICATION_JSON_TYPE;
            }
        }
        return ld;
    }
}
