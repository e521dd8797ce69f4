package org.rungs.training.provider.persistence;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.rungs.spine.domain.Page;
import org.rungs.spine.persistence.PanacheAggregates;
import org.rungs.training.provider.domain.Provider;
import org.rungs.training.provider.domain.Providers;

import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class PanacheProviders implements Providers, PanacheAggregates<Provider> {

    @Override
    public Map<UUID, String> names(Collection<UUID> ids) {
        return ids.isEmpty()
                ? Map.of()
                : list("id in ?1", ids).stream().collect(Collectors.toMap(Provider::id, Provider::name));
    }

    @Override
    public Page<Provider> byName(String only, int page, int size) {
        Sort byName = Sort.by("name").and("id");
        var query = only == null
                ? findAll(byName)
                : find("cast(id as string) = :own", byName, Parameters.with("own", only));
        return new Page<>(query.page(page, size).list(), page, size, query.count());
    }
}
