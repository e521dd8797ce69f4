package org.rungs.training.program.api;

import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rungs.spine.domain.Page;
import org.rungs.spine.reference.OnetElementId;
import org.rungs.spine.reference.OnetOccupationCode;
import org.rungs.spine.rest.PageRequest;
import org.rungs.spine.rest.PageResponse;
import org.rungs.spine.rest.Patterns;
import org.rungs.spine.security.Roles;
import org.rungs.training.program.domain.DeliveryMode;
import org.rungs.training.program.domain.Program;
import org.rungs.training.program.domain.Programs;
import org.rungs.training.program.domain.Schedule;
import org.rungs.training.program.domain.UnknownProgram;
import org.rungs.training.provider.domain.Providers;

/** The training asset map: every published program, open to everyone who plans or walks a career ladder. */
@Path("/programs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programs")
@SecurityRequirement(name = "SecurityScheme")
public class ProgramResource {

    private final Programs programs;
    private final Providers providers;

    public ProgramResource(Programs programs, Providers providers) {
        this.programs = programs;
        this.providers = providers;
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.PROVIDER, Roles.ANALYST, Roles.EMPLOYER})
    @Operation(summary = "One program on the asset map")
    public ProgramResponse get(@PathParam("id") UUID id) {
        Program p = programs.byId(id).orElseThrow(() -> new UnknownProgram(id));
        return ProgramResponse.of(p, providers.names(java.util.List.of(p.providerId())).get(p.providerId()));
    }

    @GET
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.PROVIDER, Roles.ANALYST, Roles.EMPLOYER})
    @Operation(summary = "Search the training asset map", description = "Programs by title; every filter given must "
            + "hold: an occupation they prepare for, a skill they teach, how and when they run, who runs them.")
    public PageResponse<ProgramResponse> search(
            @QueryParam("occupationCode") @OnetOccupationCode String occupationCode,
            @QueryParam("elementId") @OnetElementId String elementId,
            @QueryParam("deliveryMode") @Pattern(regexp = DeliveryMode.WIRE_VALUES, message = "must be one of "
                    + DeliveryMode.WIRE_VALUES) String deliveryMode,
            @QueryParam("schedule") @Pattern(regexp = Schedule.WIRE_VALUES, message = "must be one of "
                    + Schedule.WIRE_VALUES) String schedule,
            @QueryParam("providerId") @Pattern(regexp = Patterns.UUID, message = Patterns.UUID_MESSAGE) String providerId,
            @Valid @BeanParam PageRequest page) {
        Page<Program> found = programs.search(new Programs.Search(occupationCode, elementId,
                deliveryMode == null ? null : DeliveryMode.ofWire(deliveryMode),
                schedule == null ? null : Schedule.ofWire(schedule),
                providerId == null ? null : UUID.fromString(providerId)), page.page(), page.size());
        Map<UUID, String> names = providers.names(found.items().stream().map(Program::providerId).distinct()
                .toList());
        return PageResponse.of(found, p -> ProgramResponse.of(p, names.get(p.providerId())));
    }
}
