package org.rungs.training;

import javax.sql.DataSource;

import org.rungs.testing.Sql;

/** Counts rows in the service's own tables, to show that a refused request wrote nothing. */
final class Rows {

    private Rows() {
    }

    static long count(DataSource dataSource, String table) {
        return Sql.number(dataSource, "select count(*) from " + table);
    }
}
