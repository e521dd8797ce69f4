package org.rungs.testing;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts one real PostgreSQL server per test JVM and points the service's datasource at it. The server outlives
 * individual Quarkus restarts within the JVM and stops when the JVM exits.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private static PostgresServer server;

    static synchronized PostgresServer server() {
        if (server == null) {
            server = PostgresServer.start();
            PostgresServer started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "postgres-stop"));
        }
        return server;
    }

    @Override
    public Map<String, String> start() {
        PostgresServer pg = server();
        return Map.of(
                "quarkus.datasource.jdbc.url", pg.jdbcUrl(),
                "quarkus.datasource.username", PostgresServer.USER,
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        // kept for the JVM's lifetime; see the shutdown hook
    }
}
