package org.rungs.participant.participation.application;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.participant.participation.domain.CaseRecords;
import org.rungs.participant.participation.domain.Exclusion;
import org.rungs.participant.participation.domain.ExitRule;
import org.rungs.participant.participation.domain.ParticipantExit;
import org.rungs.participant.participation.domain.ServiceRecord;

/** Where a participant stands under the 90-day rule as of a day, with the exits announced and the exclusions. */
@ApplicationScoped
public class ParticipationStanding {

    public record View(ExitRule.Standing standing, List<ParticipantExit> announced, List<Exclusion> exclusions) {
    }

    private final CaseRecords records;

    public ParticipationStanding(CaseRecords records) {
        this.records = records;
    }

    @Transactional
    public View asOf(UUID participantId, LocalDate day) {
        ExitRule.Standing standing = ExitRule.asOf(records.services(participantId).stream()
                .filter(s -> !s.cancelled()).map(ServiceRecord::forExitRule).toList(), day);
        return new View(standing, records.exits(participantId), records.exclusions(participantId));
    }
}
