package org.rungs.reporting;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;

/**
 * Reads what the projections wrote, each value as text (numbers without trailing zeros, times as ISO instants, dates as
 * ISO dates, arrays as lists, null as {@code null}), so rows compare by value.
 */
final class Tables {

    private Tables() {
    }

    /** The rows of a query, in its order. */
    static List<List<String>> rows(String query, Object... params) {
        AgroalDataSource dataSource = Arc.container().instance(AgroalDataSource.class).get();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(query)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<List<String>> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        row.add(text(rs.getObject(i)));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + query, e);
        }
    }

    /** The one row of a query. */
    static List<String> row(String query, Object... params) {
        List<List<String>> rows = rows(query, params);
        if (rows.size() != 1) {
            throw new AssertionError("expected one row of " + query + ", got " + rows);
        }
        return rows.get(0);
    }

    /** Every row of each table, sorted, by table. */
    static Map<String, List<List<String>>> snapshot(List<String> tables) {
        Map<String, List<List<String>>> snapshot = new LinkedHashMap<>();
        for (String table : tables) {
            List<List<String>> rows = new ArrayList<>(rows("select * from " + table));
            rows.sort(Comparator.comparing(Object::toString));
            snapshot.put(table, rows);
        }
        return snapshot;
    }

    private static String text(Object value) throws SQLException {
        return switch (value) {
            case null -> "null";
            case BigDecimal number -> number.stripTrailingZeros().toPlainString();
            case Timestamp time -> time.toInstant().toString();
            case Date date -> date.toLocalDate().toString();
            case Array array -> Arrays.toString((Object[]) array.getArray());
            default -> value.toString();
        };
    }
}
