package org.rungs.reporting.projection.application;

import java.util.List;

import org.rungs.spine.messaging.Handlers;

/**
 * A read model built from events: the tables it alone writes (created by its Flyway migration) and the handler of each
 * event it follows. A projection is all it takes to count a new kind of fact: reporting's one consumer registers every
 * projection's handlers, and a replay rebuilds every projection's tables.
 * <p>
 * A projection must give the same tables whatever the order and however often it meets its events (upserts by aggregate
 * or record id; a later fact wins by its time), because live consumption and a replay may both apply an event, in any
 * order. Its SQL names its tables without a schema, so a replay can run it against new tables.
 */
public interface Projection {

    /** The tables this projection writes, and no other projection does. */
    List<String> tables();

    /** The events it follows and what each one does to its tables. */
    void register(Handlers on);
}
