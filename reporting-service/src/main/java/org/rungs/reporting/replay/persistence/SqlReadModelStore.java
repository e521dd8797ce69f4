package org.rungs.reporting.replay.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.rungs.reporting.replay.domain.ReadModelStore;
import org.rungs.spine.config.SpineConfig;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The copies live in a schema of their own, {@code <schema>_rebuild}, made with {@code create table ... (like ...
 * including all)}; work against them runs with that schema as the search path, so the projections' SQL (which names no
 * schema) writes the copies. The swap drops each live table and moves its copy into the service's schema, giving the
 * copy's indexes the live indexes' names, all in one transaction.
 */
@ApplicationScoped
public class SqlReadModelStore implements ReadModelStore {

    /** The advisory lock a running replay holds for its whole run: {@code pg_advisory_lock(hashtext(LOCK))}. */
    static final String LOCK = "reporting.replay";

    private final EntityManager em;
    private final AgroalDataSource dataSource;
    private final String schema;
    private final String copies;

    public SqlReadModelStore(EntityManager em, AgroalDataSource dataSource, SpineConfig config) {
        this.em = em;
        this.dataSource = dataSource;
        this.schema = config.schema();
        this.copies = config.schema() + "_rebuild";
    }

    @Override
    public Optional<AutoCloseable> claimReplay() {
        try {
            Connection session = dataSource.getConnection();
            if (!advisory(session, "pg_try_advisory_lock")) {
                session.close();
                return Optional.empty();
            }
            return Optional.of(() -> {
                try (session) {
                    advisory(session, "pg_advisory_unlock");
                }
            });
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the replay lock", e);
        }
    }

    private static boolean advisory(Connection session, String function) throws SQLException {
        try (PreparedStatement ps = session.prepareStatement("select " + function + "(hashtext(?))")) {
            ps.setString(1, LOCK);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    @Override
    public void prepare(List<String> tables) {
        QuarkusTransaction.requiringNew().run(() -> {
            sql("drop schema if exists " + copies + " cascade");
            sql("create schema " + copies);
            for (String table : tables) {
                sql("create table " + copies + "." + table + " (like " + schema + "." + table + " including all)");
            }
        });
    }

    @Override
    public void intoCopies(Runnable work) {
        QuarkusTransaction.requiringNew().run(() -> {
            sql("set local search_path to " + copies);
            work.run();
        });
    }

    @Override
    public void swapIn(List<String> tables, Runnable lastWork) {
        QuarkusTransaction.requiringNew().run(() -> {
            sql("lock table " + String.join(", ", tables.stream().map(t -> schema + "." + t).toList())
                    + " in access exclusive mode");
            sql("set local search_path to " + copies);
            lastWork.run();
            sql("set local search_path to " + schema);
            Map<String, String> indexNames = indexNames(tables);
            for (String table : tables) {
                sql("drop table " + schema + "." + table);
                sql("alter table " + copies + "." + table + " set schema " + schema);
            }
            for (var rename : indexNames.entrySet()) {
                sql("alter index " + schema + "." + rename.getKey() + " rename to " + rename.getValue());
            }
            sql("drop schema " + copies);
        });
    }

    @Override
    public void discard() {
        QuarkusTransaction.requiringNew().run(() -> sql("drop schema if exists " + copies + " cascade"));
    }

    /** For each index of the copies that the live table has under another name: copy's name to live name. */
    private Map<String, String> indexNames(List<String> tables) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select c.indexname, l.indexname from pg_indexes l join pg_indexes c on c.tablename = l.tablename
                where l.schemaname = ?1 and c.schemaname = ?2 and l.tablename = any(cast(?3 as text[]))
                  and c.indexname <> l.indexname
                  and replace(replace(c.indexdef, c.indexname, ''), ?2 || '.', '')
                    = replace(replace(l.indexdef, l.indexname, ''), ?1 || '.', '')""")
                .setParameter(1, schema)
                .setParameter(2, copies)
                .setParameter(3, "{" + String.join(",", tables) + "}")
                .getResultList();
        Map<String, String> names = new LinkedHashMap<>();
        rows.forEach(r -> names.put((String) r[0], (String) r[1]));
        return names;
    }

    private void sql(String statement) {
        em.createNativeQuery(statement).executeUpdate();
    }
}
