package org.rungs.participant.plan.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rungs.participant.plan.domain.CareerPlan;
import org.rungs.participant.plan.domain.StepKind;

/** The bodies of the career plan endpoints. */
public final class PlanRequests {

    private PlanRequests() {
    }

    /** A plan toward a rung of a published ladder. */
    public record StartPlan(
            @NotNull @Schema(description = "A published ladder") UUID goalLadderId,
            @NotNull @Schema(description = "The rung of that ladder the participant aims at") UUID goalRungId,
            @Size(max = CareerPlan.MAX_STEPS) List<@NotNull @Valid StepRequest> steps,
            @Schema(description = "The day the plan was made, for one recorded late; today when absent") LocalDate startedOn) {

        List<CareerPlan.Step> planSteps() {
            return steps == null ? List.of() : steps.stream().map(StepRequest::step).toList();
        }
    }

    /** A step toward the goal. */
    public record StepRequest(
            @NotNull @Schema(description = "training, credential, promotion or other", example = "training") StepKind kind,
            @NotBlank @Size(max = 500) @Schema(example = "Complete the evening CNA cohort") String description,
            @NotNull @Schema(example = "2027-01-29") LocalDate targetDate) {

        CareerPlan.Step step() {
            return new CareerPlan.Step(kind, description, targetDate);
        }
    }

    /** The day a step was done; today when absent. */
    public record StepDone(LocalDate on) {
    }

    /** A review of the plan with the participant. */
    public record Review(
            @Schema(description = "The day of the review; today when absent") LocalDate on,
            @Size(max = 2000) @Schema(example = "On track; cohort starts in January") String note) {
    }

    /** The plan's goal was reached, or the plan abandoned. */
    public record Close(
            @NotNull @Pattern(regexp = "achieved|abandoned", message = "must be achieved or abandoned") @Schema(example = "achieved") String outcome,
            @Schema(description = "The day; today when absent") LocalDate on) {
    }
}
