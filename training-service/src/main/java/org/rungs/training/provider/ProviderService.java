package org.rungs.training.provider;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.spine.problem.ProblemException;

/**
 * Registers training providers. Providers are known only inside the training service: the network learns about their
 * work through the programs they publish.
 */
@ApplicationScoped
public class ProviderService {

    private final ProviderRepository providers;

    public ProviderService(ProviderRepository providers) {
        this.providers = providers;
    }

    @Transactional
    public Provider register(RegisterProviderRequest request) {
        UUID id = request.id() == null ? UUID.randomUUID() : request.id();
        if (providers.findById(id) != null) {
            throw ProblemException.conflict("Provider " + id + " already exists");
        }
        Provider p = new Provider();
        p.id = id;
        p.name = request.name().strip();
        p.kind = request.kind();
        p.contactEmail = request.contactEmail() == null || request.contactEmail().isBlank()
                ? null
                : request.contactEmail().strip();
        p.registeredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        providers.persist(p);
        return p;
    }
}
