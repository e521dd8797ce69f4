package org.rungs.training.assetmap.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.rungs.contracts.employer.LadderPublished;
import org.rungs.spine.reference.Onet;
import org.rungs.spine.rest.Patterns;
import org.rungs.spine.security.Roles;
import org.rungs.training.assetmap.application.MapTraining;
import org.rungs.training.assetmap.domain.AssetMap;
import org.rungs.training.assetmap.domain.UnknownLadder;
import org.rungs.training.cohort.domain.Cohort;
import org.rungs.training.program.domain.CredentialType;
import org.rungs.training.program.domain.DeliveryMode;
import org.rungs.training.program.domain.Program;
import org.rungs.training.program.domain.Schedule;

/** The training asset map of a ladder, as JSON or CSV. */
@Path("/asset-map")
@Tag(name = "Training asset map")
@SecurityRequirement(name = "SecurityScheme")
public class AssetMapResource {

    static final MediaType CSV = new MediaType("text", "csv");
    static final String ATTRIBUTION = "Skill names: O*NET 30.0 Database, U.S. Department of Labor, Employment and "
            + "Training Administration (USDOL/ETA), CC BY 4.0.";

    public record Rung(UUID rungId, int tier, String title, String occupationCode) {

        static Rung of(LadderPublished.Rung r) {
            return new Rung(r.rungId(), r.tier(), r.localTitle(), r.occupationCode());
        }
    }

    public record Gap(String elementId, String name, BigDecimal fromLevel, BigDecimal toLevel) {
    }

    public record NextCohort(UUID cohortId, LocalDate startDate, LocalDate endDate, List<String> meetingDays,
            LocalTime startTime, LocalTime endTime, long seats) {
    }

    public record Bridge(UUID programId, String title, boolean listedByLadder, List<String> covers,
            DeliveryMode deliveryMode, int durationWeeks, int durationHours, Schedule schedule,
            String entranceRequirements, List<String> entrySkills, List<UUID> prerequisitePrograms,
            String credential, CredentialType credentialType, BigDecimal cost, NextCohort nextCohort) {
    }

    public record Transition(UUID transitionId, String kind, Rung from, Rung to, List<Gap> gaps, List<Bridge> programs,
            List<Gap> uncoveredGaps) {
    }

    public record Map(UUID ladderId, String title, int version, List<Transition> transitions, String attribution) {
    }

    private final MapTraining mapTraining;

    public AssetMapResource(MapTraining mapTraining) {
        this.mapTraining = mapTraining;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed({Roles.NETWORK_ADMIN, Roles.NAVIGATOR, Roles.PROVIDER, Roles.ANALYST, Roles.EMPLOYER})
    @Operation(summary = "The training asset map of a published ladder", description = "Per transition: the skill "
            + "gaps between the rung left and the rung reached, the programs that bridge them (listed on the ladder or "
            + "teaching a gap at the level due) with delivery, duration, schedule, entrance requirements, credential, "
            + "cost and next cohort, and the gaps no program covers. With Accept: text/csv, one row per transition and "
            + "program, and one per uncovered gap.")
    public Response get(
            @QueryParam("ladder") @NotNull @Pattern(regexp = Patterns.UUID, message = Patterns.UUID_MESSAGE) String ladder,
            @Context HttpHeaders headers) {
        Map map = draw(ladder);
        boolean csv = headers.getAcceptableMediaTypes().stream().filter(m -> !m.isWildcardType()).findFirst()
                .map(m -> m.isCompatible(CSV)).orElse(false);
        return csv ? csv(ladder, map) : Response.ok(map, MediaType.APPLICATION_JSON_TYPE).build();
    }

    private Response csv(String ladder, Map map) {
        StringBuilder csv = new StringBuilder("from_tier,from_rung,to_tier,to_rung,kind,gaps,program,covers,"
                + "listed_by_ladder,delivery_mode,duration_weeks,duration_hours,schedule,entrance_requirements,"
                + "credential,credential_type,cost,next_cohort_start,uncovered_gap\r\n");
        for (Transition t : map.transitions()) {
            String head = t.from().tier() + "," + cell(t.from().title()) + "," + t.to().tier() + ","
                    + cell(t.to().title()) + "," + t.kind() + ","
                    + cell(t.gaps().stream().map(g -> g.name() + " " + g.toLevel().stripTrailingZeros()
                            .toPlainString()).collect(Collectors.joining("; ")))
                    + ",";
            for (Bridge b : t.programs()) {
                csv.append(head).append(cell(b.title())).append(',').append(cell(String.join("; ", b.covers())))
                        .append(',').append(b.listedByLadder()).append(',').append(b.deliveryMode().wire())
                        .append(',').append(b.durationWeeks()).append(',').append(b.durationHours()).append(',')
                        .append(b.schedule().wire()).append(',').append(cell(b.entranceRequirements())).append(',')
                        .append(cell(b.credential())).append(',').append(b.credentialType().wire()).append(',')
                        .append(b.cost().toPlainString()).append(',')
                        .append(b.nextCohort() == null ? "" : b.nextCohort().startDate()).append(",\r\n");
            }
            for (Gap g : t.uncoveredGaps()) {
                csv.append(head).append(",,,,,,,,,,,,").append(cell(g.name() + " (" + g.elementId() + ")"))
                        .append("\r\n");
            }
        }
        return Response.ok(csv.toString(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"asset-map-" + ladder + ".csv\"")
                .header("X-Attribution", ATTRIBUTION).build();
    }

    private Map draw(String ladder) {
        UUID id = UUID.fromString(ladder);
        MapTraining.Drawn drawn = mapTraining.of(id).orElseThrow(() -> new UnknownLadder(id));
        Onet onet = Onet.get();
        List<Transition> transitions = drawn.steps().stream().map(s -> new Transition(s.transition().transitionId(),
                s.transition().kind(), Rung.of(s.from()), Rung.of(s.to()),
                s.gaps().stream().map(g -> gap(onet, g)).toList(),
                s.bridges().stream().map(b -> bridge(drawn, b)).toList(),
                s.gaps().stream().filter(g -> s.uncovered().contains(g.elementId())).map(g -> gap(onet, g)).toList()))
                .toList();
        return new Map(drawn.ladder().ladderId(), drawn.ladder().title(), drawn.ladder().version(), transitions,
                ATTRIBUTION);
    }

    private static Gap gap(Onet onet, AssetMap.Gap g) {
        return new Gap(g.elementId(), onet.element(g.elementId()).map(Onet.Element::name).orElse(g.elementId()),
                g.fromLevel(), g.toLevel());
    }

    private static Bridge bridge(MapTraining.Drawn drawn, AssetMap.Bridge b) {
        Program p = drawn.programs().get(b.programId());
        Cohort c = drawn.nextCohorts().get(b.programId());
        NextCohort next = c == null
                ? null
                : new NextCohort(c.id(), c.startDate(), c.endDate(),
                        c.meetingDays().stream().map(d -> d.name().toLowerCase(Locale.ROOT)).toList(), c.startTime(),
                        c.endTime(), c.seats());
        return new Bridge(p.id(), p.title(), b.listedByLadder(), b.covers(), p.deliveryMode(), p.durationWeeks(),
                p.durationHours(), p.schedule(), p.entranceRequirements(),
                p.entrySkills().stream().map(s -> s.elementId() + " " + s.level().stripTrailingZeros().toPlainString())
                        .toList(),
                p.prerequisitePrograms(), p.credential(), p.credentialType(), p.cost(), next);
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = value.startsWith("=") || value.startsWith("+") || value.startsWith("-") || value.startsWith("@")
                ? "'" + value
                : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
