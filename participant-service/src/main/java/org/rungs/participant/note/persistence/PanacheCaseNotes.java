package org.rungs.participant.note.persistence;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.participant.note.domain.CaseNote;
import org.rungs.participant.note.domain.CaseNotes;
import org.rungs.spine.domain.Page;
import org.rungs.spine.persistence.PanacheAggregates;

import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PanacheCaseNotes implements CaseNotes, PanacheAggregates<CaseNote> {

    @Override
    public Page<CaseNote> ofParticipant(UUID participantId, int page, int size) {
        var query = find("participantId", Sort.descending("date", "addedAt").and("id"), participantId);
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }
}
