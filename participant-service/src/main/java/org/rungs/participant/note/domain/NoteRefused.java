package org.rungs.participant.note.domain;

import org.rungs.spine.domain.FieldsRefused;

/** A case note whose input the rules refuse, naming the field. */
public class NoteRefused extends FieldsRefused {

    public NoteRefused(String field, String problem) {
        super(field, problem);
    }
}
