package org.rungs.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Processor time used by each part of the local stack, read from /proc (user and system time of every process, whose
 * command line names the part): where a benchmark's machine spent its cores.
 */
final class ProcessCpu {

    /** Command-line fragments that name a part, the first that matches wins (the benchmark's classpath names all). */
    private static final List<String[]> PARTS = List.of(
            new String[]{"surefire", "benchmark (this JVM)"},
            new String[]{"plexus-classworlds", "Maven"},
            new String[]{"employer-service", "employer-service"},
            new String[]{"participant-service", "participant-service"},
            new String[]{"training-service", "training-service"},
            new String[]{"matching-service", "matching-service"},
            new String[]{"reporting-service", "reporting-service"},
            new String[]{"kafka.Kafka", "Kafka"},
            new String[]{"keycloak", "Keycloak"},
            new String[]{"postgres", "PostgreSQL"});

    private ProcessCpu() {
    }

    /** Seconds of processor time used so far by each part's live processes. */
    static Map<String, Double> byPart() {
        Map<String, Double> used = new HashMap<>();
        double tick = 100.0; // USER_HZ on Linux
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(p -> {
                try {
                    String cmd = Files.readString(p.resolve("cmdline")).replace('\0', ' ');
                    String stat = Files.readString(p.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    double seconds = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / tick;
                    used.merge(part(cmd), seconds, Double::sum);
                } catch (IOException | RuntimeException e) {
                    // the process ended while it was read
                }
            });
        } catch (IOException e) {
            return Map.of();
        }
        return used;
    }

    /** Each part's processor time since {@code before} (a part whose processes all started since: all of it). */
    static Map<String, Double> since(Map<String, Double> before) {
        Map<String, Double> now = byPart();
        Map<String, Double> used = new HashMap<>();
        now.forEach((part, seconds) -> {
            double delta = seconds - before.getOrDefault(part, 0.0);
            if (delta >= 0.05) {
                used.put(part, delta);
            }
        });
        return used;
    }

    private static String part(String cmd) {
        for (String[] p : PARTS) {
            if (cmd.contains(p[0])) {
                return p[1];
            }
        }
        return "other";
    }
}
