package org.rungs.training.credential.domain;

import java.util.UUID;

import org.rungs.spine.domain.NotFound;

public class UnknownCredential extends NotFound {

    public UnknownCredential(UUID id) {
        super("Credential", id);
    }
}
