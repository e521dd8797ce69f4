package org.rungs.training.program.api;

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
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rungs.spine.reference.OnetElementId;
import org.rungs.spine.reference.OnetOccupationCode;
import org.rungs.training.program.domain.CredentialType;
import org.rungs.training.program.domain.DeliveryMode;
import org.rungs.training.program.domain.Program;
import org.rungs.training.program.domain.Schedule;
import org.rungs.training.program.domain.TaughtSkill;

/**
 * A program to publish to the training asset map. Occupations are O*NET-SOC codes; skills are O*NET element ids with
 * the level a completer reaches on O*NET's 0–7 level scale.
 */
public record PublishProgramRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Certified Nursing Assistant Bridge") String title,
        @NotBlank @Size(max = 200) @Schema(example = "State CNA certificate") String credential,
        @NotNull @Size(min = 1, max = 20) @Schema(description = "O*NET-SOC codes, e.g. 31-1131.00") List<@NotNull @OnetOccupationCode String> occupationCodes,
        @NotNull @Size(min = 1, max = 40) List<@NotNull @Valid Skill> skillsTaught,
        @NotNull @Schema(description = "in-person, online or hybrid") DeliveryMode deliveryMode,
        @NotNull @Min(1) @Max(208) @Schema(example = "8") Integer durationWeeks,
        @NotNull @Min(1) @Max(5000) @Schema(example = "120") Integer durationHours,
        @NotNull @Schema(description = "daytime, evening, weekend or self-paced") Schedule schedule,
        @Size(max = 2000) @Schema(example = "Grade 10 reading level") String entranceRequirements,
        @NotNull @DecimalMin("0") @DecimalMax("100000") @Digits(integer = 6, fraction = 2) @Schema(example = "850.00") BigDecimal cost,
        @Schema(description = "recognised-postsecondary, secondary-diploma, industry-certificate or certificate-of-completion (the default)") CredentialType credentialType,
        @Size(max = 20) @Schema(description = "The levels an entrant needs, checked at enrolment") List<@NotNull @Valid Skill> entrySkills,
        @Size(max = 10) @Schema(description = "Programs whose credential an entrant must hold") List<@NotNull UUID> prerequisitePrograms) {

    public record Skill(
            @NotNull @OnetElementId @Schema(example = "2.B.1.f") String elementId,
            @NotNull @DecimalMin("0") @DecimalMax("7") @Digits(integer = 1, fraction = 2) @Schema(example = "3.5") BigDecimal level) {
    }

    Program.Offer offer() {
        return new Program.Offer(title, credential, occupationCodes,
                skillsTaught.stream().map(s -> new TaughtSkill(s.elementId(), s.level())).toList(), deliveryMode,
                durationWeeks, durationHours, schedule, entranceRequirements, cost, credentialType,
                entrySkills == null
                        ? null
                        : entrySkills.stream().map(s -> new TaughtSkill(s.elementId(), s.level())).toList(),
                prerequisitePrograms);
    }
}
