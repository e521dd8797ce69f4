package org.rungs.participant.audit.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.participant.audit.domain.PiiRead;
import org.rungs.participant.audit.domain.PiiReads;

/**
 * Records that a person read participants' personal data, before the data is answered: a read that cannot be recorded
 * is not answered.
 */
@ApplicationScoped
public class AuditPiiReads {

    /** The personal fields of a participant's record, as navigators and admins read it. */
    public static final List<String> PARTICIPANT_FIELDS = List.of("givenName", "familyName", "email", "phone",
            "dateOfBirth", "pirlId");
    /** The fields an employer reads after an accepted referral. */
    public static final List<String> CONTACT_FIELDS = List.of("givenName", "familyName", "email", "phone");

    private final PiiReads reads;
    private final Clock clock;

    public AuditPiiReads(PiiReads reads, Clock clock) {
        this.reads = reads;
        this.clock = clock;
    }

    /** A reader (role and name) of an organisation read a record's fields of each of the participants. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void read(String reader, String organisation, Collection<UUID> participantIds, String record,
            List<String> fields) {
        Instant now = clock.instant();
        reads.addAll(participantIds.stream().map(id -> new PiiRead(id, reader, organisation, record, fields, now))
                .toList());
    }
}
