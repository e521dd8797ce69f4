package org.rungs.training.provider.domain;

import java.util.UUID;

import org.rungs.spine.domain.DomainError;

/** A provider with this id is already registered. */
public class ProviderAlreadyExists extends DomainError {

    public ProviderAlreadyExists(UUID id) {
        super("Provider " + id + " already exists");
    }
}
