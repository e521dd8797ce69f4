package org.rungs.training.provider;

import java.time.Instant;
import java.util.UUID;

public record ProviderResponse(UUID id, String name, ProviderKind kind, String contactEmail, Instant registeredAt) {

    static ProviderResponse of(Provider p) {
        return new ProviderResponse(p.id, p.name, p.kind, p.contactEmail, p.registeredAt);
    }
}
