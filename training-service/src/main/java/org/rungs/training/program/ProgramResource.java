package org.rungs.training.program;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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
import org.rungs.spine.problem.ProblemException;
import org.rungs.spine.reference.OnetElementId;
import org.rungs.spine.reference.OnetOccupationCode;
import org.rungs.spine.rest.PageRequest;
import org.rungs.spine.rest.PageResponse;
import org.rungs.spine.rest.Patterns;
import org.rungs.spine.security.Roles;
import org.rungs.training.provider.Provider;
import org.rungs.training.provider.ProviderRepository;

import io.quarkus.panache.common.Sort;

/** The training asset map: every published program, open to everyone who plans or walks a career ladder. */
@Path("/programs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Programs")
@SecurityRequirement(name = "SecurityScheme")
public class ProgramResource {

    private final ProgramRepository programs;
    private final ProviderRepository providers;

    public ProgramResource(ProgramRepository programs, ProviderRepository providers) {
        this.programs = programs;
        this.providers = providers;
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.PROVIDER, Roles.ANALYST, Roles.EMPLOYER})
    @Operation(summary = "One program on the asset map")
    public ProgramResponse get(@PathParam("id") UUID id) {
        Program p = programs.findById(id);
        if (p == null) {
            throw ProblemException.notFound("Program", id);
        }
        Provider provider = providers.findById(p.providerId);
        return ProgramResponse.of(p, provider == null ? null : provider.name);
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
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (occupationCode != null) {
            where.append(" and exists (select 1 from Program o join o.occupationCodes c"
                    + " where o.id = p.id and c = :occupationCode)");
            params.put("occupationCode", occupationCode);
        }
        if (elementId != null) {
            where.append(" and exists (select 1 from Program t join t.skillsTaught s"
                    + " where t.id = p.id and s.elementId = :elementId)");
            params.put("elementId", elementId);
        }
        if (deliveryMode != null) {
            where.append(" and p.deliveryMode = :deliveryMode");
            params.put("deliveryMode", DeliveryMode.ofWire(deliveryMode));
        }
        if (schedule != null) {
            where.append(" and p.schedule = :schedule");
            params.put("schedule", Schedule.ofWire(schedule));
        }
        if (providerId != null) {
            where.append(" and p.providerId = :providerId");
            params.put("providerId", UUID.fromString(providerId));
        }
        var query = programs.find("from Program p where " + where, Sort.by("p.title").and("p.id"), params);
        List<Program> found = query.page(page.page(), page.size()).list();
        Map<UUID, String> providerNames = found.isEmpty()
                ? Map.of()
                : providers.list("id in ?1", found.stream().map(p -> p.providerId).distinct().toList()).stream()
                        .collect(Collectors.toMap(p -> p.id, p -> p.name));
        return new PageResponse<>(found.stream().map(p -> ProgramResponse.of(p, providerNames.get(p.providerId)))
                .toList(), page.page(), page.size(), query.count());
    }
}
