package org.rungs.participant.participant.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.rungs.participant.participant.domain.Barrier;
import org.rungs.participant.participant.domain.EmploymentStatusAtEntry;
import org.rungs.participant.participant.domain.HighestEducation;
import org.rungs.participant.participant.domain.Participant;
import org.rungs.participant.participant.domain.WorkShift;
import org.rungs.spine.reference.Onet;

/**
 * A participant as their agency's navigators and network admins see them: contact details and the WIOA intake, never
 * the demographics. {@code personId} is one id per person across agencies; {@code otherAgencies} how many other
 * agencies enrolled the same person (never which, nor what they hold).
 */
public record ParticipantResponse(UUID id, UUID personId, long otherAgencies, String pirlId, String partnerAgency,
        String givenName, String familyName,
        String email, String phone, LocalDate dateOfBirth, Integer ageAtEntry, LocalDate programEntryDate,
        EmploymentStatusAtEntry employmentStatusAtEntry, HighestEducation highestEducation, Boolean uiClaimant,
        Boolean lowIncome, WorkShift workShift, String currentOccupationCode, String currentOccupationTitle,
        BigDecimal currentHourlyWage,
        boolean consentToShare, List<Barrier> barriers, String enrolledBy, Instant enrolledAt) {

    static ParticipantResponse of(Participant p, long otherAgencies) {
        return new ParticipantResponse(p.id(), p.personId(), otherAgencies, p.pirlId(), p.partnerAgency(),
                p.givenName(), p.familyName(),
                p.email(), p.phone(), p.dateOfBirth(), p.ageAtEntry(), p.programEntryDate(),
                p.employmentStatusAtEntry(), p.highestEducation(), p.uiClaimant(), p.lowIncome(), p.workShift(),
                p.currentOccupationCode(),
                Onet.get().occupation(p.currentOccupationCode()).map(Onet.Occupation::title).orElse(null),
                p.currentHourlyWage(), p.consentToShare(), p.barriers(), p.enrolledBy(), p.enrolledAt());
    }
}
