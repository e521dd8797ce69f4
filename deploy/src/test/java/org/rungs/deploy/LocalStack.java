package org.rungs.deploy;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.rungs.testing.Sql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The stack the README's run command starts ({@code deploy/rungs up}), driven from the end-to-end suite: the same
 * script, on ports shifted by {@code RUNGS_PORT_OFFSET} and with its state under {@code RUNGS_HOME}.
 */
final class LocalStack {

    static final int OFFSET = Integer.parseInt(System.getenv().getOrDefault("RUNGS_PORT_OFFSET", "0"));
    /** deploy/stack.json: the one description of the stack's ports, database and realm. */
    static final JsonNode STACK = read(Path.of(System.getProperty("rungs.stack", "stack.json")));
    static final String KEYCLOAK = "http://localhost:" + port(STACK.path("keycloak").path("port"));
    static final String REALM = STACK.path("keycloak").path("realm").asText();
    static final String DEMO_PASSWORD = STACK.path("keycloak").path("demoPassword").asText();
    static final String EMPLOYER = service("employer-service");
    static final String PARTICIPANT = service("participant-service");
    static final String MATCHING = service("matching-service");
    static final String TRAINING = service("training-service");
    static final String REPORTING = service("reporting-service");
    static final String KAFKA = "127.0.0.1:" + port(STACK.path("kafka").path("port"));
    static final String POSTGRES = "jdbc:postgresql://127.0.0.1:" + port(STACK.path("database").path("port")) + "/"
            + STACK.path("database").path("name").asText();
    static final String POSTGRES_USER = STACK.path("database").path("superuser").asText();
    static final Path HOME = Path.of(System.getenv().getOrDefault("RUNGS_HOME", "target/e2e-stack"));

    private LocalStack() {
    }

    static void run(String... args) {
        String launcher = System.getProperty("rungs.launcher", "rungs");
        Path log = Path.of(HOME + "-launcher.log");
        try {
            Files.createDirectories(log.getParent());
            Process p = new ProcessBuilder(concat(List.of("bash", launcher), args))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .directory(new File(launcher).getParentFile())
                    .start();
            if (!p.waitFor(20, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("deploy/rungs " + String.join(" ", args) + " timed out");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("deploy/rungs " + String.join(" ", args) + " failed:\n"
                        + Files.readString(log));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + launcher, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Sends a signal (STOP, CONT, KILL...) to the process group of a process the launcher started. */
    static void signal(String name, String signal) {
        try {
            String pid = Files.readString(HOME.resolve("pids").resolve(name + ".pid")).strip();
            Process kill = new ProcessBuilder("kill", "-" + signal, "--", "-" + pid).inheritIO().start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + name + " failed");
            }
            if ("KILL".equals(signal)) {
                ProcessHandle.of(Long.parseLong(pid)).ifPresent(p -> p.onExit().join());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot signal " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** One record read off Kafka by kcat: its key, CloudEvents type header and value. */
    record KafkaRecord(String key, String type, String value) {
    }

    /**
     * Every record of a topic, as the kcat command-line consumer reads it from the stack's broker (outside the JVM, so
     * what it shows is what any Kafka client would see).
     */
    static List<KafkaRecord> kcat(String topic) {
        try {
            Process p = new ProcessBuilder("kcat", "-b", KAFKA, "-C", "-t", topic, "-o", "beginning", "-e", "-q",
                    "-f", "%k\t%h\t%s\n").redirectErrorStream(false).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("kcat on " + topic + " failed: "
                        + new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
            return out.lines().filter(l -> !l.isBlank()).map(l -> {
                String[] f = l.split("\t", 3);
                String type = java.util.Arrays.stream(f[1].split(",")).filter(h -> h.startsWith("ce_type="))
                        .map(h -> h.substring("ce_type=".length())).findFirst().orElse(null);
                return new KafkaRecord(f[0], type, f.length > 2 ? f[2] : "");
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run kcat", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A single number from the stack's database (as the superuser the launcher created). */
    static long sql(String query, Object... params) {
        return Sql.number(POSTGRES, POSTGRES_USER, query, params);
    }

    /** The base URL of a service of the stack. */
    static String service(String name) {
        for (JsonNode service : STACK.path("services")) {
            if (name.equals(service.path("name").asText())) {
                return "http://localhost:" + port(service.path("port"));
            }
        }
        throw new IllegalArgumentException(name + " is not in stack.json");
    }

    /** The base URL of a further instance n (2, 3...) of a service, started with {@code deploy/rungs instance}. */
    static String instance(String name, int n) {
        int step = STACK.path("instancePortStep").asInt();
        java.net.URI first = java.net.URI.create(service(name));
        return "http://localhost:" + (first.getPort() + step * (n - 1));
    }

    private static int port(JsonNode port) {
        if (!port.isInt()) {
            throw new IllegalStateException("stack.json lacks a port");
        }
        return port.asInt() + OFFSET;
    }

    private static JsonNode read(Path stack) {
        try {
            return new ObjectMapper().readTree(stack.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + stack, e);
        }
    }

    private static List<String> concat(List<String> head, String... tail) {
        return java.util.stream.Stream.concat(head.stream(), java.util.Arrays.stream(tail)).toList();
    }
}
