package org.rungs.reporting.indicator.api;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rungs.reporting.indicator.application.ReadIndicators;
import org.rungs.spine.problem.ProblemException;
import org.rungs.spine.rest.Patterns;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;

/** Outcome indicators for analysts, funders and dashboards, with small cells suppressed. */
@Path("/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators")
@SecurityRequirement(name = "SecurityScheme")
public class IndicatorResource {

    private final ReadIndicators readIndicators;
    private final Caller caller;

    public IndicatorResource(ReadIndicators readIndicators, Caller caller) {
        this.readIndicators = readIndicators;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.ANALYST, Roles.NETWORK_ADMIN})
    @Operation(summary = "Live outcome counts, network-wide and by partner agency and employer", description = "The "
            + "filters narrow the breakdowns; totals stay network-wide. Person-based counts (participants, skills, "
            + "matches) from 1 to rungs.reporting.min-cell-size minus one are null and their row flagged suppressed; "
            + "network admins may ask for raw counts with suppress=false (403 for anyone else).")
    public IndicatorsResponse indicators(
            @QueryParam("partnerAgency") @Size(max = 100) @Pattern(regexp = Patterns.PARTNER_AGENCY, message = Patterns.PARTNER_AGENCY_MESSAGE) String partnerAgency,
            @QueryParam("employerId") @Pattern(regexp = Patterns.UUID, message = Patterns.UUID_MESSAGE) String employerId,
            @QueryParam("suppress") @DefaultValue("true") @Pattern(regexp = "true|false", message = "must be true or false") String suppress) {
        boolean suppressCells = Boolean.parseBoolean(suppress);
        if (!suppressCells && !caller.isNetworkAdmin()) {
            throw ProblemException.forbidden("Only network admins may see unsuppressed counts");
        }
        return IndicatorsResponse.of(readIndicators.read(partnerAgency,
                employerId == null ? null : UUID.fromString(employerId), suppressCells));
    }
}
