package org.rungs.participant.note.api;

import jakarta.inject.Singleton;

import org.rungs.participant.note.domain.NoteRefused;
import org.rungs.spine.problem.DomainProblems;
import org.rungs.spine.problem.ProblemCatalog;

/** How the case note feature's domain errors are answered (docs/errors.md). */
@Singleton
public class NoteProblems implements DomainProblems {

    @Override
    public void register(ProblemCatalog problems) {
        problems.mapFields(NoteRefused.class, 422, "note-refused", "Note refused");
    }
}
