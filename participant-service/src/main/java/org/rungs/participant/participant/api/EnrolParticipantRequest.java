package org.rungs.participant.participant.api;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rungs.participant.participant.domain.Barrier;
import org.rungs.participant.participant.domain.Participant;
import org.rungs.spine.reference.OnetOccupationCode;
import org.rungs.spine.rest.Patterns;

/**
 * A participant to enrol. A navigator enrols for their own agency and may leave {@code partnerAgency} out; a network
 * admin names the agency.
 */
public record EnrolParticipantRequest(
        @Size(max = 100) @Pattern(regexp = Patterns.PARTNER_AGENCY, message = Patterns.PARTNER_AGENCY_MESSAGE) @Schema(description = "The enrolling partner agency; a navigator's own agency when absent", example = "eastside-works") String partnerAgency,
        @NotBlank @Size(max = 100) @Schema(example = "Maria") String givenName,
        @NotBlank @Size(max = 100) @Schema(example = "Lopez") String familyName,
        @Email @Size(max = 254) @Schema(example = "maria.lopez@example.org") String email,
        @Pattern(regexp = "[0-9 +()-]{5,30}", message = "must be 5 to 30 digits, spaces or + - ( )") @Schema(example = "+1 (555) 010-2030") String phone,
        @OnetOccupationCode @Schema(example = "31-1122.00") String currentOccupationCode,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000") @Digits(integer = 4, fraction = 2) @Schema(example = "16.25") BigDecimal currentHourlyWage,
        @NotNull @Schema(description = "Whether the participant consents to share their profile with employers") Boolean consentToShare,
        @Size(max = 8) @Schema(description = "Barriers to employment, e.g. childcare, transportation") List<@NotNull Barrier> barriers) {

    Participant.Enrolment enrolment(String agency, String enrolledBy) {
        return new Participant.Enrolment(agency, givenName, familyName, email, phone, currentOccupationCode,
                currentHourlyWage, consentToShare, barriers, enrolledBy);
    }
}
