package org.rungs.participant.participation.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rungs.participant.participation.application.AnnounceExits;
import org.rungs.spine.security.Roles;

/** The nightly exit announcement, run now: after moving records in from another system, for instance. */
@Path("/exits/announcements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Services and exit")
@SecurityRequirement(name = "SecurityScheme")
public class ExitAnnouncementResource {

    /** How many exits a run announced. */
    public record Announced(int announced) {
    }

    private final AnnounceExits announceExits;

    public ExitAnnouncementResource(AnnounceExits announceExits) {
        this.announceExits = announceExits;
    }

    @POST
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @Operation(summary = "Announce the exits determined up to yesterday", description = "What the nightly job does: "
            + "each period the 90-day rule ended by the end of yesterday and not yet announced gets its "
            + "participant.exited.v1. Running it again announces nothing new.")
    public Announced run() {
        return new Announced(announceExits.announceUpToYesterday());
    }
}
