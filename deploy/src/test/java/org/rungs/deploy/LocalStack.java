package org.rungs.deploy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The stack the README's run command starts ({@code deploy/rungs up}), driven from the end-to-end suite: the same
 * script, on ports shifted by {@code RUNGS_PORT_OFFSET} and with its state under {@code RUNGS_HOME}.
 */
final class LocalStack {

    static final int OFFSET = Integer.parseInt(System.getenv().getOrDefault("RUNGS_PORT_OFFSET", "0"));
    static final String KEYCLOAK = "http://localhost:" + (8180 + OFFSET);
    static final String EMPLOYER = "http://localhost:" + (8081 + OFFSET);
    static final String PARTICIPANT = "http://localhost:" + (8082 + OFFSET);
    static final String MATCHING = "http://localhost:" + (8083 + OFFSET);
    static final String TRAINING = "http://localhost:" + (8084 + OFFSET);
    static final String REPORTING = "http://localhost:" + (8085 + OFFSET);
    static final String KAFKA = "127.0.0.1:" + (9092 + OFFSET);

    private LocalStack() {
    }

    static void run(String... args) {
        String launcher = System.getProperty("rungs.launcher", "rungs");
        Path log = Path.of(System.getenv().getOrDefault("RUNGS_HOME", "target/e2e-stack") + "-launcher.log");
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

    private static List<String> concat(List<String> head, String... tail) {
        return java.util.stream.Stream.concat(head.stream(), java.util.Arrays.stream(tail)).toList();
    }
}
