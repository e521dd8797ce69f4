package org.rungs.spine.persistence;

import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.rungs.spine.domain.Repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * A {@link Repository} over Hibernate ORM with Panache, for entities whose id is the UUID property {@code id}. A
 * feature's persistence class implements its domain repository and this, and writes only its own queries.
 */
public interface PanacheAggregates<T> extends Repository<T>, PanacheRepositoryBase<T, UUID> {

    @Override
    default Optional<T> byId(UUID id) {
        return findByIdOptional(id);
    }

    @Override
    default Optional<T> byIdForChange(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    default boolean exists(UUID id) {
        return count("id", id) > 0;
    }

    @Override
    default void add(T aggregate) {
        persist(aggregate);
    }
}
