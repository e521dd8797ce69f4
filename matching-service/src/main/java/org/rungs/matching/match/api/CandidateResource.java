package org.rungs.matching.match.api;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rungs.matching.match.domain.Matches;
import org.rungs.matching.vacancy.domain.UnknownVacancy;
import org.rungs.matching.vacancy.domain.Vacancies;
import org.rungs.matching.vacancy.domain.Vacancy;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;

/** The candidates matching proposes for an open vacancy. */
@Path("/vacancies/{id}/candidates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates")
@SecurityRequirement(name = "SecurityScheme")
public class CandidateResource {

    private final Vacancies vacancies;
    private final Matches matches;
    private final Caller caller;

    public CandidateResource(Vacancies vacancies, Matches matches, Caller caller) {
        this.vacancies = vacancies;
        this.matches = matches;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.EMPLOYER})
    @Operation(summary = "Ranked, explained candidates for an open vacancy", description = "Best first: rank (the "
            + "weighted mean of the ranking factors, each returned with its value, weight and reason), then participant "
            + "id. Employer staff see their own vacancies; navigators see only "
            + "their agency's participants. A closed vacancy is not found.")
    public CandidatesResponse candidates(@PathParam("id") UUID id) {
        Vacancy v = vacancies.byId(id).orElseThrow(() -> new UnknownVacancy(id));
        boolean everyone = caller.isNetworkAdmin()
                || caller.hasRole(Roles.EMPLOYER) && caller.organisation().map(v::ofEmployer).orElse(false);
        if (!everyone && !caller.hasRole(Roles.NAVIGATOR)) {
            throw new UnknownVacancy(id);
        }
        String agency = everyone ? null : caller.requireOrganisation();
        List<CandidatesResponse.Candidate> candidates = matches.ranked(id).stream()
                .filter(m -> agency == null || agency.equals(m.partnerAgency()))
                .map(CandidatesResponse.Candidate::of)
                .toList();
        return new CandidatesResponse(v.id(), v.occupationCode(), candidates);
    }
}
