package org.rungs.participant.participant.api;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rungs.participant.participant.domain.DemographicCounts;
import org.rungs.participant.participant.domain.Participants;
import org.rungs.spine.rest.Patterns;
import org.rungs.spine.security.Roles;

/** Demographics in aggregate only: the one way they are read (29 CFR 38.41). */
@Path("/demographics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Privacy")
@SecurityRequirement(name = "SecurityScheme")
public class DemographicsResource {

    /** Each question's answers with their counts; cells under the minimum withheld. */
    public record Summary(String partnerAgency, int minimumCell, Map<String, List<DemographicCounts.Cell>> questions) {
    }

    private final Participants participants;

    public DemographicsResource(Participants participants) {
        this.participants = participants;
    }

    @GET
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.ANALYST})
    @Operation(summary = "Self-identified demographics of the participants, in aggregate", description = "Counts per "
            + "answer (sex, Hispanic or Latino, race, disability, veteran; PIRL 201-300), network-wide or for one "
            + "agency; a count under 10 is withheld, with a second one where needed so none can be worked out. No "
            + "person's answers are ever returned.")
    public Summary summary(
            @QueryParam("partnerAgency") @Size(max = 100) @Pattern(regexp = Patterns.PARTNER_AGENCY, message = Patterns.PARTNER_AGENCY_MESSAGE) String partnerAgency) {
        return new Summary(partnerAgency, DemographicCounts.MIN_CELL,
                DemographicCounts.suppress(participants.demographicAnswers(partnerAgency)));
    }
}
