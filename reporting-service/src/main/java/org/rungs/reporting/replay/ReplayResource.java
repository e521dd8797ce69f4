package org.rungs.reporting.replay;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rungs.spine.security.Roles;

@Path("/admin/replay")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@SecurityRequirement(name = "SecurityScheme")
public class ReplayResource {

    private final ReplayService service;

    public ReplayResource(ReplayService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(Roles.NETWORK_ADMIN)
    @Operation(summary = "Rebuild the read models by replaying every topic from the start", description = "Clears "
            + "the read models, then reads every partition up to where it ended when the replay began, while live "
            + "consumption goes on. Answers when the rebuild is done; a replay already running is a 409.")
    public ReplayResponse replay() {
        return service.replay();
    }
}
