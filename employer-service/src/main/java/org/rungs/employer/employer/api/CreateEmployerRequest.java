package org.rungs.employer.employer.api;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rungs.employer.employer.application.JoinEmployer;
import org.rungs.employer.employer.domain.SizeBand;

/** A new employer. {@code id} may be given by a partner system that already identifies the employer. */
public record CreateEmployerRequest(
        @Schema(description = "Optional id chosen by the caller; generated when absent") UUID id,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Pattern(regexp = "[0-9]{2,6}", message = "must be a 2 to 6 digit NAICS code") @Schema(example = "623110") String naicsCode,
        @NotNull @Schema(description = "Number of employees: 1-9, 10-49, 50-249 or 250+") SizeBand sizeBand) {

    JoinEmployer.Command command() {
        return new JoinEmployer.Command(id, name, naicsCode, sizeBand);
    }
}
