package org.rungs.spine.domain;

import java.util.Optional;
import java.util.UUID;

/**
 * The store of one kind of aggregate, by id. A feature's repository (e.g. {@code Vacancies}) extends it with the
 * queries only that feature needs; {@link org.rungs.spine.persistence.PanacheAggregates} implements these four.
 */
public interface Repository<T> {

    Optional<T> byId(UUID id);

    /**
     * The aggregate, locked until the transaction ends, for a change: concurrent changes to one aggregate, and the
     * events they record, keep their order.
     */
    Optional<T> byIdForChange(UUID id);

    boolean exists(UUID id);

    void add(T aggregate);
}
