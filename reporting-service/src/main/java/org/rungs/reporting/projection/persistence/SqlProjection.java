package org.rungs.reporting.projection.persistence;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;
import org.rungs.reporting.projection.application.Projection;

/** A projection that writes its tables with SQL statements, in the transaction of the event it applies. */
abstract class SqlProjection implements Projection {

    private final EntityManager em;

    SqlProjection(EntityManager em) {
        this.em = em;
    }

    /**
     * Runs one statement with positional parameters ({@code ?1}, {@code ?2}...). A parameter that may be null is given
     * as {@link #nullable(Object, Class)}.
     *
     * @return the number of rows it wrote: 0 for an upsert whose {@code where} kept the row as it was
     */
    protected int execute(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] instanceof Nullable<?> value) {
                bind(query.unwrap(NativeQuery.class), i + 1, value);
            } else {
                query.setParameter(i + 1, parameters[i]);
            }
        }
        return query.executeUpdate();
    }

    /** A parameter that may be null, with its type: PostgreSQL must know the type of a null it is given. */
    protected static <T> Object nullable(T value, Class<T> type) {
        return new Nullable<>(value, type);
    }

    /** A list of whole numbers as a PostgreSQL array literal, for {@code cast(?n as integer[])}. */
    protected static String integers(List<Integer> values) {
        return "{" + String.join(",", values.stream().map(String::valueOf).toList()) + "}";
    }

    private static <T> void bind(NativeQuery<?> query, int position, Nullable<T> value) {
        query.setParameter(position, value.value(), value.type());
    }

    private record Nullable<T>(T value, Class<T> type) {
    }
}
