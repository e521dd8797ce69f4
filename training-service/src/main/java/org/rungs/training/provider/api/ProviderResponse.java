package org.rungs.training.provider.api;

import java.time.Instant;
import java.util.UUID;

import org.rungs.training.provider.domain.Provider;
import org.rungs.training.provider.domain.ProviderKind;

public record ProviderResponse(UUID id, String name, ProviderKind kind, String contactEmail, Instant registeredAt) {

    static ProviderResponse of(Provider p) {
        return new ProviderResponse(p.id(), p.name(), p.kind(), p.contactEmail(), p.registeredAt());
    }
}
