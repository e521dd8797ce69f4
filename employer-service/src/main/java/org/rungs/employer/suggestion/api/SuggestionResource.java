package org.rungs.employer.suggestion.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rungs.employer.suggestion.domain.LadderSuggestions;
import org.rungs.employer.suggestion.domain.OccupationalData;
import org.rungs.employer.suggestion.domain.Taxonomy;
import org.rungs.spine.problem.ProblemException;
import org.rungs.spine.security.Roles;

/** Career-ladder suggestions from real occupational data (O*NET 30.0, BLS OEWS May 2024, NOC 2021). */
@Path("/ladders/suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ladders")
@SecurityRequirement(name = "SecurityScheme")
public class SuggestionResource {

    static final String FROM_MESSAGE = "must be an O*NET-SOC code (e.g. 31-1122.00) or a NOC 2021 unit group "
            + "(5 digits, e.g. 44101)";

    /** Read as text, so {@code limit=abc} is a 400 naming {@code limit} rather than the framework's bare 404. */
    static final String WHOLE = "[0-9]{1,9}";

    private final LadderSuggestions suggestions = new LadderSuggestions(OccupationalData.get());

    @GET
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.EMPLOYER})
    @Operation(summary = "Suggest the next rungs of a career ladder", description = "From an O*NET-SOC occupation: "
            + "the occupations O*NET 30.0 lists as related to it at the same or the next Job Zone. From a NOC 2021 "
            + "unit group: the unit groups of its broad category one TEER step up, with those linked through the "
            + "BC Government O*NET→NOC crosswalk and O*NET related occupations explained. Each suggestion gives the "
            + "BLS OEWS May 2024 hourly wages (25th percentile, median, 75th percentile; U.S. national, a proxy for "
            + "NOC), the median wage gain, the skill distance (the sum of the O*NET level gaps over the target's "
            + "important skills) with the largest gaps, defaults for a rung's wage band and required skills, and "
            + "reasons in plain words. Ranked by median wage gain ÷ (1 + skill distance); suggestions without a "
            + "positive gain follow, by skill distance. A malformed `from` is a 400 naming `from`; a well-formed "
            + "code that neither taxonomy has is a 404 (urn:rungs:problem:unknown-occupation).")
    @Parameter(name = "from", in = ParameterIn.QUERY, required = true, description = "An O*NET-SOC code "
            + "(31-1122.00) or a NOC 2021 unit group (44101)")
    @Parameter(name = "limit", in = ParameterIn.QUERY, description = "How many suggestions, 1 to 50 (default 10)")
    public SuggestionsResponse suggest(@QueryParam("from") String from,
            @QueryParam("limit") @DefaultValue("10") @Pattern(regexp = WHOLE, message = "must be a whole number") @Min(value = 1, message = "must be at least 1") @Max(value = 50, message = "must be at most 50") String limit) {
        if (from == null || from.isBlank()) {
            throw ProblemException.invalid("from", "is required: " + FROM_MESSAGE.substring("must be ".length()));
        }
        if (Taxonomy.of(from).isEmpty()) {
            throw ProblemException.invalid("from", FROM_MESSAGE);
        }
        return SuggestionsResponse.of(suggestions.origin(from), suggestions.from(from, Integer.parseInt(limit)));
    }
}
