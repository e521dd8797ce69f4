package org.rungs.training.enrolment.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.rungs.training.enrolment.domain.Enrolment;
import org.rungs.training.enrolment.domain.EnrolmentStatus;
import org.rungs.training.enrolment.domain.GainType;

/** An enrolment, its skill gains and, when enrolled, how the cohort clashes with the participant's shift. */
public record EnrolmentResponse(UUID id, UUID participantId, String partnerAgency, UUID cohortId, UUID programId,
        UUID providerId, EnrolmentStatus status, LocalDate enrolledOn, String enrolledBy, String scheduleClash,
        LocalDate withdrawnOn, String withdrawalReason, LocalDate completedOn, List<GainResponse> skillGains,
        UUID credentialId) {

    public record GainResponse(UUID id, GainType type, LocalDate achievedOn, String note, String recordedBy,
            Instant recordedAt) {
    }

    public static EnrolmentResponse of(Enrolment e, UUID credentialId) {
        return new EnrolmentResponse(e.id(), e.participantId(), e.partnerAgency(), e.cohortId(), e.programId(),
                e.providerId(), e.status(), e.enrolledOn(), e.enrolledBy(), e.scheduleClash(), e.withdrawnOn(),
                e.withdrawalReason(), e.completedOn(),
                e.gains().stream().map(g -> new GainResponse(g.id(), g.type(), g.achievedOn(), g.note(),
                        g.recordedBy(), g.recordedAt())).toList(),
                credentialId);
    }
}
