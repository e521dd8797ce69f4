package org.rungs.employer.ladder.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rungs.employer.ladder.application.AddRung;
import org.rungs.employer.ladder.application.ConnectRungs;
import org.rungs.employer.ladder.application.DraftLadder;
import org.rungs.employer.ladder.domain.LadderKind;
import org.rungs.employer.ladder.domain.PromotionCriteria;
import org.rungs.employer.ladder.domain.RequiredSkill;
import org.rungs.employer.ladder.domain.RungEmployer;
import org.rungs.employer.ladder.domain.WageBand;
import org.rungs.employer.suggestion.domain.Taxonomy;
import org.rungs.spine.reference.OnetElementId;

/** The bodies of the ladder-authoring requests. */
final class LadderRequests {

    static final String OCCUPATION = "\\d{2}-\\d{4}\\.\\d{2}|\\d{5}";
    static final String OCCUPATION_MESSAGE = "must be an O*NET-SOC code (31-1131.00) or a NOC 2021 unit group (33102)";

    private LadderRequests() {
    }

    /** A ladder to draft. */
    record Draft(
            @NotBlank @Size(max = 200) @Schema(example = "Direct care to nursing") String title,
            @NotNull @Pattern(regexp = "\\d{2,6}", message = "must be a NAICS code of 2 to 6 digits") @Schema(example = "623110") String naicsCode,
            @NotBlank @Size(max = 200) @Schema(example = "Tri-County") String region,
            @NotNull Taxonomy taxonomy,
            @NotNull LadderKind kind) {

        DraftLadder.Command command() {
            return new DraftLadder.Command(title, naicsCode, region, taxonomy, kind);
        }
    }

    /** A skill at a minimum level on O*NET's 0–7 level scale. */
    record Requirement(
            @NotNull @OnetElementId @Schema(example = "2.B.1.e") String elementId,
            @NotNull @DecimalMin("0") @DecimalMax("7") @Digits(integer = 1, fraction = 2) @Schema(example = "3.0") BigDecimal minimumLevel) {

        static List<RequiredSkill> skills(List<Requirement> requirements) {
            return requirements == null
                    ? null
                    : requirements.stream().map(r -> new RequiredSkill(r.elementId(), r.minimumLevel())).toList();
        }
    }

    /** An hourly wage band in U.S. dollars. */
    record Wages(
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal from,
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") @Digits(integer = 4, fraction = 2) BigDecimal to) {
    }

    /** An employer hiring into the rung, under its own title for the job. */
    record Participation(@NotNull UUID employerId, @NotBlank @Size(max = 200) String jobTitle) {
    }

    /**
     * A rung to add. Leave out the local title, wage band or required skills to take the occupation's: its title, BLS
     * OEWS 25th–75th percentile hourly wages, and the O*NET levels of its important skills.
     */
    record NewRung(
            @NotNull @Min(1) @Max(20) @Schema(example = "2") Integer tier,
            @NotNull @Pattern(regexp = OCCUPATION, message = OCCUPATION_MESSAGE) @Schema(example = "31-1131.00") String occupationCode,
            @Size(min = 1, max = 200) String localTitle,
            @Valid Wages wageBand,
            @Size(max = 40) List<@NotNull @Valid Requirement> requiredSkills,
            @Size(max = 20) List<@NotBlank @Size(max = 200) String> requiredCredentials,
            @Size(max = 50) List<@NotNull @Valid Participation> employers) {

        AddRung.Command command(UUID ladderId) {
            return new AddRung.Command(ladderId, tier, occupationCode, localTitle,
                    wageBand == null ? null : new WageBand(wageBand.from(), wageBand.to()),
                    Requirement.skills(requiredSkills),
                    requiredCredentials == null ? List.of() : requiredCredentials,
                    employers == null
                            ? List.of()
                            : employers.stream().map(e -> new RungEmployer(e.employerId(), e.jobTitle())).toList());
        }
    }

    /** What a promotion along a transition takes. */
    record Criteria(
            @NotNull @Size(max = 40) List<@NotNull @Valid Requirement> skills,
            @Min(0) @Max(120) Integer monthsInRung,
            @Size(min = 1, max = 200) String credential) {
    }

    /** A transition to add; without criteria it takes the target rung's requirements. */
    record NewTransition(
            @NotNull UUID fromRungId,
            @NotNull UUID toRungId,
            @Valid Criteria criteria,
            @Size(max = 20) List<@NotNull UUID> bridgingPrograms) {

        ConnectRungs.Command command(UUID ladderId) {
            return new ConnectRungs.Command(ladderId, fromRungId, toRungId,
                    criteria == null
                            ? null
                            : new PromotionCriteria(Requirement.skills(criteria.skills()), criteria.monthsInRung(),
                                    criteria.credential()),
                    bridgingPrograms == null ? List.of() : bridgingPrograms);
        }
    }
}
