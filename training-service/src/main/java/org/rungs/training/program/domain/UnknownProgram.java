package org.rungs.training.program.domain;

import java.util.UUID;

import org.rungs.spine.domain.NotFound;

/** No program has this id. */
public class UnknownProgram extends NotFound {

    public UnknownProgram(UUID id) {
        super("Program", id);
    }
}
