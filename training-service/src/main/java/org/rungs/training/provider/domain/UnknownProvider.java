package org.rungs.training.provider.domain;

import java.util.UUID;

import org.rungs.spine.domain.NotFound;

/** No provider has this id (or it is not the caller's). */
public class UnknownProvider extends NotFound {

    public UnknownProvider(UUID id) {
        super("Provider", id);
    }
}
