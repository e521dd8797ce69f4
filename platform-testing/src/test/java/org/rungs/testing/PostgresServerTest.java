package org.rungs.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;

import org.junit.jupiter.api.Test;

/** The test PostgreSQL starts from Maven Central's binaries as well, for machines without a system PostgreSQL. */
class PostgresServerTest {

    @Test
    void startsFromTheEmbeddedBinariesAndServesSql() throws Exception {
        PostgresServer server = PostgresServer.start(EmbeddedPostgresBinaries.extract());
        try {
            assertThat(server.version()).startsWith("PostgreSQL 17.");
            try (var c = DriverManager.getConnection(server.jdbcUrl(), PostgresServer.USER, "");
                    var s = c.createStatement()) {
                s.execute("create schema employer");
                s.execute("create table employer.t (id uuid primary key, payload jsonb)");
                s.execute("insert into employer.t values (gen_random_uuid(), '{\"a\": 1}')");
                var rs = s.executeQuery("select payload->>'a' from employer.t");
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("1");
            }
        } finally {
            server.stop();
        }
    }
}
