package org.rungs.participant.audit.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

import org.rungs.spine.domain.Page;

/** The audit trail of reads of participants' personal data. */
public interface PiiReads {

    void addAll(Collection<PiiRead> reads);

    /** Reads, latest first, that pass the filters (a null filter is not applied). */
    Page<PiiRead> search(Search search, int page, int size);

    record Search(UUID participantId, String reader, Instant from, Instant to) {
    }
}
