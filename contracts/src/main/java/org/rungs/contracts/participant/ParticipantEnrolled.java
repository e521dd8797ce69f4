package org.rungs.contracts.participant;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * {@code participant.enrolled.v1}: a partner agency enrolled a participant. Contact details never leave
 * participant-service; the event carries what other services need to serve and count the participant.
 * {@code programEntryDate} (PIRL 900 of the first period; added within v1, absent from earlier events) is the day the
 * participant entered the program, which may be before the enrolment was recorded. {@code personId} (added within v1)
 * is one id per person however many agencies enrol them, so outcomes count a person once. {@code workShift} (added
 * within v1) is the shift of the participant's current job (day, evening, night, rotating, flexible), if they work.
 */
public record ParticipantEnrolled(
        @NotNull UUID participantId,
        @NotBlank String partnerAgency,
        String currentOccupationCode,
        BigDecimal currentHourlyWage,
        boolean consentToShare,
        List<String> barriers,
        @NotNull Instant enrolledAt,
        LocalDate programEntryDate,
        UUID personId,
        String workShift) {
}
