package org.rungs.participant.participant.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.rungs.participant.participant.domain.Barrier;
import org.rungs.participant.participant.domain.Demographics;
import org.rungs.participant.participant.domain.EmploymentStatusAtEntry;
import org.rungs.participant.participant.domain.HighestEducation;
import org.rungs.participant.participant.domain.Participant;
import org.rungs.participant.participant.domain.WorkShift;
import org.rungs.spine.reference.OnetOccupationCode;
import org.rungs.spine.rest.Patterns;

/**
 * A participant to enrol, with the WIOA intake (PIRL element numbers in the descriptions). A navigator enrols for their
 * own agency and may leave {@code partnerAgency} out; a network admin names the agency. The demographics are kept apart
 * and never shown again with the participant.
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
        @Size(max = 16) @Schema(description = "Barriers to employment, e.g. childcare, transportation") List<@NotNull Barrier> barriers,
        @Past @Schema(description = "PIRL 200", example = "1994-05-17") LocalDate dateOfBirth,
        @PastOrPresent @Schema(description = "PIRL 900: the day the participant entered the program; today when absent", example = "2026-11-02") LocalDate programEntryDate,
        @Schema(description = "PIRL 400") EmploymentStatusAtEntry employmentStatusAtEntry,
        @Schema(description = "PIRL 407") HighestEducation highestEducation,
        @Schema(description = "PIRL 402: an unemployment compensation claimant at entry") Boolean uiClaimant,
        @Schema(description = "PIRL 802") Boolean lowIncome,
        @Schema(description = "The shift of the participant's current job: day, evening, night, rotating or flexible") WorkShift workShift,
        @Valid @Schema(description = "Self-identified, each answer optional; read only in aggregate (29 CFR 38.41)") DemographicsRequest demographics) {

    /** Self-identified demographics; a missing answer is "did not self-identify". */
    public record DemographicsRequest(
            @Pattern(regexp = "male|female|not-disclosed", message = "must be male, female or not-disclosed") @Schema(description = "PIRL 201") String sex,
            @Schema(description = "PIRL 210") Boolean hispanicLatino,
            @Schema(description = "PIRL 211") Boolean americanIndianAlaskaNative,
            @Schema(description = "PIRL 212") Boolean asian,
            @Schema(description = "PIRL 213") Boolean blackAfricanAmerican,
            @Schema(description = "PIRL 214") Boolean nativeHawaiianPacificIslander,
            @Schema(description = "PIRL 215") Boolean white,
            @Schema(description = "PIRL 202") Boolean disability,
            @Schema(description = "PIRL 300") Boolean veteran) {

        Demographics.Answers answers() {
            return new Demographics.Answers(sex, hispanicLatino, americanIndianAlaskaNative, asian,
                    blackAfricanAmerican, nativeHawaiianPacificIslander, white, disability, veteran);
        }
    }

    Participant.Enrolment enrolment(String agency, String enrolledBy) {
        return new Participant.Enrolment(agency, givenName, familyName, email, phone, currentOccupationCode,
                currentHourlyWage, consentToShare, barriers, enrolledBy,
                new Participant.Intake(dateOfBirth, programEntryDate, employmentStatusAtEntry, highestEducation,
                        uiClaimant, lowIncome, workShift));
    }

    Demographics.Answers demographicsAnswers() {
        return demographics == null ? null : demographics.answers();
    }
}
