package org.rungs.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * One number from a service's database, for tests that check what a request wrote (or did not write); and, rarely, a
 * direct change.
 */
public final class Sql {

    private Sql() {
    }

    /** The first column of the first row of {@code query}, e.g. {@code select count(*) from vacancy}. */
    public static long number(DataSource dataSource, String query, Object... params) {
        try (Connection c = dataSource.getConnection()) {
            return number(c, query, params);
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + query, e);
        }
    }

    /**
     * Changes rows directly, for a test that moves a record's days back as time would (a consent whose expiry passed);
     * returns how many rows changed.
     */
    public static int update(DataSource dataSource, String statement, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("update failed: " + statement, e);
        }
    }

    /**
     * Whether the service has published every event it recorded: its outbox holds no row waiting for the relay. A test
     * that asserts an event was not published waits for this first, then reads the topic to its end.
     */
    public static boolean outboxDrained(DataSource dataSource) {
        return number(dataSource, "select count(*) from outbox_event where published_at is null") == 0;
    }

    /** The same, on a database reached by URL (e.g. the local stack's). */
    public static long number(String jdbcUrl, String user, String query, Object... params) {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, "")) {
            return number(c, query, params);
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + query, e);
        }
    }

    private static long number(Connection c, String query, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(query)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
