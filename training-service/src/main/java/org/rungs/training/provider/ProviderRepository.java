package org.rungs.training.provider;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ProviderRepository implements PanacheRepositoryBase<Provider, UUID> {
}
