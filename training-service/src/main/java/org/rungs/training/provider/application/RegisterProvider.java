package org.rungs.training.provider.application;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.training.provider.domain.Provider;
import org.rungs.training.provider.domain.ProviderAlreadyExists;
import org.rungs.training.provider.domain.ProviderKind;
import org.rungs.training.provider.domain.Providers;

/** A network admin registers a training provider. No event: providers stay inside training-service. */
@ApplicationScoped
public class RegisterProvider {

    /** {@code id} may be given by a partner system that already identifies the provider; else one is made. */
    public record Command(UUID id, String name, ProviderKind kind, String contactEmail) {
    }

    private final Providers providers;
    private final Clock clock;

    public RegisterProvider(Providers providers, Clock clock) {
        this.providers = providers;
        this.clock = clock;
    }

    @Transactional
    public Provider register(Command command) {
        UUID id = command.id() == null ? UUID.randomUUID() : command.id();
        if (providers.exists(id)) {
            throw new ProviderAlreadyExists(id);
        }
        Provider provider = Provider.register(id, command.name(), command.kind(), command.contactEmail(), clock);
        providers.add(provider);
        return provider;
    }
}
