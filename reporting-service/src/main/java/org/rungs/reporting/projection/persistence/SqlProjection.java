package org.rungs.reporting.projection.persistence;

import jakarta.persistence.EntityManager;

import org.rungs.reporting.projection.application.Projection;

/** A projection that writes its tables with SQL statements, in the transaction of the event it applies. */
abstract class SqlProjection implements Projection {

    private final EntityManager em;

    SqlProjection(EntityManager em) {
        this.em = em;
    }

    /** Runs one statement with positional parameters ({@code ?1}, {@code ?2}...). */
    protected void execute(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }
}
