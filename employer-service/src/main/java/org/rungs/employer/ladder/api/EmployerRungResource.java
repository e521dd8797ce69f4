package org.rungs.employer.ladder.api;

import java.math.BigDecimal;
import java.util.ArrayList;
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
import org.rungs.employer.employer.domain.UnknownEmployer;
import org.rungs.employer.ladder.domain.Ladder;
import org.rungs.employer.ladder.domain.LadderStatus;
import org.rungs.employer.ladder.domain.Ladders;
import org.rungs.spine.domain.Page;
import org.rungs.spine.security.Caller;
import org.rungs.spine.security.Roles;

/** The rungs an employer hires into, across the published ladders of the network. */
@Path("/employers/{employerId}/rungs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ladders")
@SecurityRequirement(name = "SecurityScheme")
public class EmployerRungResource {

    private static final int BATCH = 100;

    public record EmployerRung(UUID ladderId, String ladderTitle, int ladderVersion, UUID rungId, int tier,
            String occupationCode, String localTitle, String jobTitle, BigDecimal wageFrom, BigDecimal wageTo) {
    }

    private final Ladders ladders;
    private final Caller caller;

    public EmployerRungResource(Ladders ladders, Caller caller) {
        this.ladders = ladders;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.EMPLOYER})
    @Operation(summary = "The employer's rungs on published ladders, with its own job titles")
    public List<EmployerRung> rungs(@PathParam("employerId") UUID employerId) {
        if (!caller.hasRole(Roles.NAVIGATOR) && !caller.mayAccess(employerId.toString())) {
            throw new UnknownEmployer(employerId);
        }
        List<EmployerRung> rungs = new ArrayList<>();
        var search = new Ladders.Search(LadderStatus.PUBLISHED, employerId, null);
        Page<Ladder> page;
        int number = 0;
        do {
            page = ladders.search(search, number++, BATCH);
            for (Ladder l : page.items()) {
                l.rungs().stream().filter(r -> l.publishedRung(r.id()).isPresent())
                        .forEach(r -> r.jobTitleAt(employerId).ifPresent(title -> rungs.add(new EmployerRung(
                                l.id(), l.title(), l.publishedVersion(), r.id(), r.tier(), r.occupationCode(),
                                r.localTitle(), title, r.wageBand().from(), r.wageBand().to()))));
            }
        } while ((long) number * BATCH < page.total());
        return rungs;
    }
}
