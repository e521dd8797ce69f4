package org.rungs.participant.skill.api;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rungs.participant.skill.application.RecordSkill;
import org.rungs.participant.skill.domain.SkillSource;
import org.rungs.spine.reference.OnetElementId;

/** A skill level to record for a participant, on O*NET's 0–7 level scale. */
public record RecordSkillRequest(
        @NotNull @OnetElementId @Schema(example = "2.A.1.a") String elementId,
        @NotNull @DecimalMin("0") @DecimalMax("7") @Digits(integer = 1, fraction = 2) @Schema(example = "3.5") BigDecimal level,
        @NotNull @Schema(description = "assessed, credential or self-reported") SkillSource source,
        @Size(max = 1000) @Schema(example = "CASAS reading assessment, score 235") String evidence) {

    RecordSkill.Command command(UUID participantId, String recordedBy) {
        return new RecordSkill.Command(participantId, elementId, level, source, evidence, recordedBy);
    }
}
