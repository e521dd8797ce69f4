package org.rungs.training.enrolment.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rungs.training.enrolment.domain.GainType;

/** The bodies of the enrolment endpoints. */
public final class EnrolmentRequests {

    private EnrolmentRequests() {
    }

    /** A participant to enrol in the cohort. */
    public record Enrol(
            @NotNull UUID participantId,
            @Schema(description = "The day of the enrolment, for one recorded late; today when absent") LocalDate enrolledOn) {
    }

    /** Why, and on which day, the participant left the cohort. */
    public record Withdraw(
            @NotBlank @Size(max = 500) @Schema(example = "Took a second job") String reason,
            @Schema(description = "Today when absent") LocalDate on) {
    }

    /** The day the participant completed the program; today when absent. */
    public record Complete(LocalDate on) {
    }

    /** A measurable skill gain. */
    public record Gain(
            @NotNull @Schema(description = "educational-functioning-level, secondary-diploma, transcript, training-milestone or skills-exam", example = "training-milestone") GainType type,
            @Schema(description = "The day achieved; today when absent") LocalDate achievedOn,
            @Size(max = 500) @Schema(example = "Passed the clinical skills check-off") String note) {
    }
}
