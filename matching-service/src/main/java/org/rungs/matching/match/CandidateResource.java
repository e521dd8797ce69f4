package org.rungs.matching.match;

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
import org.rungs.matching.vacancy.Vacancy;
import org.rungs.matching.vacancy.VacancyRepository;
import org.rungs.spine.problem.ProblemException;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;

/** The candidates matching proposes for an open vacancy. */
@Path("/vacancies/{id}/candidates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Candidates")
@SecurityRequirement(name = "SecurityScheme")
public class CandidateResource {

    private final VacancyRepository vacancies;
    private final MatchRepository matches;
    private final Caller caller;

    public CandidateResource(VacancyRepository vacancies, MatchRepository matches, Caller caller) {
        this.vacancies = vacancies;
        this.matches = matches;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.EMPLOYER})
    @Operation(summary = "Ranked, explained candidates for an open vacancy", description = "Best first: the share of "
            + "required skills met, then participant id. Employer staff see their own vacancies; navigators see only "
            + "their agency's participants. A closed vacancy is not found.")
    public CandidatesResponse candidates(@PathParam("id") UUID id) {
        Vacancy v = vacancies.findById(id);
        if (v == null) {
            throw ProblemException.notFound("Vacancy", id);
        }
        boolean everyone = caller.isNetworkAdmin()
                || caller.hasRole(Roles.EMPLOYER) && caller.mayAccess(v.employerId.toString());
        if (!everyone && !caller.hasRole(Roles.NAVIGATOR)) {
            throw ProblemException.notFound("Vacancy", id);
        }
        String agency = everyone ? null : caller.requireOrganisation();
        List<CandidatesResponse.Candidate> candidates = matches.ranked(id).stream()
                .filter(m -> agency == null || agency.equals(m.participant.partnerAgency))
                .map(CandidatesResponse.Candidate::of)
                .toList();
        return new CandidatesResponse(v.id, v.occupationCode, candidates);
    }
}
