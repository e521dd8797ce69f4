package org.rungs.employer.agreement.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.employer.agreement.domain.Agreement;
import org.rungs.employer.agreement.domain.Agreements;
import org.rungs.employer.agreement.domain.UnknownAgreement;
import org.rungs.spine.outbox.Outbox;

/** A network admin records that a hiring agreement ended ({@code agreement.ended.v1}). */
@ApplicationScoped
public class EndAgreement {

    private final Agreements agreements;
    private final Outbox outbox;
    private final Clock clock;

    public EndAgreement(Agreements agreements, Outbox outbox, Clock clock) {
        this.agreements = agreements;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Agreement end(UUID agreementId, LocalDate on, String reason) {
        Agreement agreement = agreements.byIdForChange(agreementId)
                .orElseThrow(() -> new UnknownAgreement(agreementId));
        agreement.end(on, reason, clock);
        outbox.publish(agreement);
        return agreement;
    }
}
