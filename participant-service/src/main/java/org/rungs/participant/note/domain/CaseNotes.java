package org.rungs.participant.note.domain;

import java.util.UUID;

import org.rungs.spine.domain.Page;
import org.rungs.spine.domain.Repository;

/** Case notes. */
public interface CaseNotes extends Repository<CaseNote> {

    /** A participant's notes, latest day first. */
    Page<CaseNote> ofParticipant(UUID participantId, int page, int size);
}
