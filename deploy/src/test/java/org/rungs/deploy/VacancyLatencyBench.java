package org.rungs.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.rungs.contracts.participant.ParticipantEvents;
import org.rungs.spine.events.EventJson;
import org.rungs.testing.EventSamples;
import org.rungs.testing.KafkaProbe;
import org.rungs.testing.SyntheticProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Benchmark B4, not a test: the time from a vacancy's commit (its POST answered 201) to the first
 * {@code match.proposed.v1} for it being readable on Kafka, over a few hundred vacancies opened one after another on
 * the local stack, with a region of synthetic participants loaded into matching first (100,000 by default, their
 * consent events carrying their skills, published to {@code rungs.participant} as participant-service would).
 * matching-service's health is read throughout. Run with {@code ./mvnw -pl deploy verify -Dit.test=VacancyLatencyBench}
 * (the stack is started and stopped like the end-to-end suite); it writes docs/benchmarks/vacancy-to-match-latency.md.
 */
class VacancyLatencyBench {

    static final int VACANCIES = Integer.getInteger("bench.vacancies", 300);
    /** Milliseconds between one vacancy's POST answering and the next POST, one pace after another. */
    static final List<Integer> PACES = java.util.Arrays.stream(System.getProperty("bench.paces", "200,100").split(","))
            .map(String::trim).map(Integer::valueOf).toList();
    static final int PARTICIPANTS = Integer.getInteger("bench.participants", 100_000);
    /** Vacancies opened before the timed ones, one every 100 ms. */
    static final int WARM_UP = Integer.getInteger("bench.warmup", 200);
    static final long SEED = Long.getLong("bench.seed", 2026);
    static final SyntheticProfiles PROFILES = profiles();
    static final java.util.Random RNG = new java.util.Random(SEED);
    /**
     * Leave the stack running after the run and use it as found (its region included) on the next: for measuring a
     * change to one service without loading the region again ({@code -Dbench.keepStack=true}).
     */
    static final boolean KEEP_STACK = Boolean.getBoolean("bench.keepStack");
    /** A plain HTTP client: the clock starts when the POST's answer arrives, with no client library in between. */
    static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();

    @Test
    void vacancyCommitToMatchProposed() throws Exception {
        if (!KEEP_STACK) {
            LocalStack.run("reset");
        }
        LocalStack.run("up");
        try {
            measure();
        } finally {
            if (!KEEP_STACK) {
                LocalStack.run("down");
            }
        }
    }

    private void measure() throws Exception {
        long loading = System.nanoTime();
        KafkaProbe kafka = loadRegion();
        double loadSeconds = (System.nanoTime() - loading) / 1e9;
        long quieting = System.nanoTime();
        awaitCaughtUp(kafka);
        double quietSeconds = (System.nanoTime() - quieting) / 1e9;
        java.util.concurrent.atomic.AtomicInteger checks = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger unhealthy = new java.util.concurrent.atomic.AtomicInteger();
        AtomicBoolean watching = new AtomicBoolean(true);
        Thread health = new Thread(() -> watchHealth(watching, checks, unhealthy), "bench-health");
        health.start();
        String admin = EndToEndIT.token("ada");
        EndToEndIT.admin = admin;
        EndToEndIT.navigator = EndToEndIT.token("nia");

        Map<String, Long> firstProposalNanos = new ConcurrentHashMap<>();
        Map<String, Stamps> stamps = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread reader = new Thread(() -> read(firstProposalNanos, stamps, running), "bench-reader");
        reader.start();
        Thread.sleep(3_000);

        // warm-up: the first vacancies pay class loading and compilation in every service; a region's platform runs
        // warm, so the timed ones come after as many as the services need to compile their paths
        for (int i = 0; i < WARM_UP; i++) {
            open(admin);
            Thread.sleep(100);
        }
        Thread.sleep(2_000);

        // the same number of vacancies at each pace, the quieter first: a region opens a few vacancies a minute, and a
        // burst of one every 20 ms shows what queueing adds
        Map<String, Long> answeredMicros = new ConcurrentHashMap<>();
        DiskProbe disk = new DiskProbe(LocalStack.HOME.resolve("disk-probe"));
        Thread flushes = new Thread(disk, "bench-disk-probe");
        flushes.start();
        Map<String, Double> cpuBefore = ProcessCpu.byPart();
        long windowStarted = System.nanoTime();
        Map<Integer, List<String>> byPace = new java.util.LinkedHashMap<>();
        Instant started = Instant.now();
        for (int pace : PACES) {
            List<String> opened = new ArrayList<>();
            for (int i = 0; i < VACANCIES / PACES.size(); i++) {
                String id = open(admin);
                answeredMicros.put(id, micros(Instant.now()));
                opened.add(id);
                Thread.sleep(pace);
            }
            byPace.put(pace, opened);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!firstProposalNanos.keySet().containsAll(answeredMicros.keySet()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Map<String, Double> cpu = ProcessCpu.since(cpuBefore);
        double window = (System.nanoTime() - windowStarted) / 1e9;
        running.set(false);
        reader.join();
        disk.running = false;
        flushes.join();
        watching.set(false);
        health.join();
        Map<String, Long> committedMicros = commitTimes(answeredMicros.keySet());

        Map<Integer, List<Double>> millis = new java.util.LinkedHashMap<>();
        Map<Integer, List<List<Double>>> stages = new java.util.LinkedHashMap<>();
        Map<Integer, int[]> slow = new java.util.LinkedHashMap<>();
        byPace.forEach((pace, ids) -> {
            int[] over = new int[2];
            List<Double> ms = new ArrayList<>();
            List<List<Double>> parts = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>());
            for (String id : ids) {
                Stamps s = stamps.get(id);
                Long committed = committedMicros.get(id);
                if (s != null && s.complete() && committed != null) {
                    ms.add((s.proposalReadMicros - committed) / 1e3);
                    if (s.proposalReadMicros - committed > SLOW_MICROS) {
                        over[0]++;
                        if (disk.stalledWithin(committed, s.proposalReadMicros)) {
                            over[1]++;
                        }
                    }
                    double[] split = s.stages(committed, answeredMicros.get(id));
                    for (int i = 0; i < split.length; i++) {
                        parts.get(i).add(split[i]);
                    }
                }
            }
            Collections.sort(ms);
            parts.forEach(Collections::sort);
            millis.put(pace, ms);
            stages.put(pace, parts);
            slow.put(pace, over);
        });
        write(millis, stages, slow, disk, started, loadSeconds, quietSeconds, checks.get(), unhealthy.get(), cpu,
                window);
    }

    private static SyntheticProfiles profiles() {
        try {
            return new SyntheticProfiles(Path.of("../employer-service/src/main/resources/reference/"
                    + "occupation_skills.tsv"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Publishes the region to {@code rungs.participant}: each participant enrolled, then consenting with their skills;
     * waits until matching's participant feed has applied them all.
     */
    private static KafkaProbe loadRegion() throws Exception {
        KafkaProbe kafka = new KafkaProbe(LocalStack.KAFKA);
        if (KEEP_STACK && kafka.size(ParticipantEvents.PARTICIPANTS.name()) >= 2L * PARTICIPANTS) {
            return kafka; // the region of an earlier run
        }
        for (int i = 0; i < PARTICIPANTS; i++) {
            UUID id = new UUID(SEED, i);
            Instant at = Instant.now();
            ObjectNode enrolled = EventSamples.sampleTree(ParticipantEvents.PARTICIPANT_ENROLLED).deepCopy();
            enrolled.put("participantId", id.toString()).put("consentToShare", false)
                    .put("enrolledAt", at.toString());
            kafka.sendAsync(ParticipantEvents.PARTICIPANT_ENROLLED, id.toString(),
                    EventJson.mapper().writeValueAsString(enrolled));
            ObjectNode consent = EventSamples.sampleTree(ParticipantEvents.CONSENT_CHANGED).deepCopy();
            consent.put("participantId", id.toString()).put("shareWithEmployers", true)
                    .put("changedAt", at.plusMillis(1).toString());
            var skills = consent.putArray("skills");
            PROFILES.participant(RNG).forEach((e, l) -> skills.addObject().put("elementId", e)
                    .put("level", java.math.BigDecimal.valueOf(l, 2)));
            kafka.sendAsync(ParticipantEvents.CONSENT_CHANGED, id.toString(),
                    EventJson.mapper().writeValueAsString(consent));
        }
        kafka.flush();
        long end = kafka.size(ParticipantEvents.PARTICIPANTS.name());
        long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
        while (LocalStack.sql("select coalesce(sum(next_offset), 0) from matching.feed_position where topic = ?",
                ParticipantEvents.PARTICIPANTS.name()) < end) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("matching did not apply the region in 20 minutes");
            }
            Thread.sleep(500);
        }
        return kafka;
    }

    private static void awaitCaughtUp(KafkaProbe kafka) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(20).toNanos();
        // the other services read the region too (participant-service its own events, training and reporting the
        // enrolments): the vacancies are timed once every consumer group has caught up, on a machine at rest, as a
        // region's platform is between bursts
        for (JsonNode service : LocalStack.STACK.path("services")) {
            String group = service.path("name").asText();
            while (!kafka.caughtUp(group)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(group + " did not catch up on the region in 20 minutes");
                }
                Thread.sleep(1_000);
            }
        }
    }

    /** Reads matching-service's liveness and readiness every 250 ms; counts the answers other than 200. */
    private static void watchHealth(AtomicBoolean watching, java.util.concurrent.atomic.AtomicInteger checks,
            java.util.concurrent.atomic.AtomicInteger unhealthy) {
        while (watching.get()) {
            for (String check : List.of("/q/health/live", "/q/health/ready")) {
                checks.incrementAndGet();
                try {
                    if (HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(LocalStack.MATCHING + check))
                            .build(), java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                        unhealthy.incrementAndGet();
                    }
                } catch (IOException | RuntimeException e) {
                    unhealthy.incrementAndGet();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** A vacancy requiring the 8 most important skills of a random occupation, as the synthetic region knows it. */
    private static String open(String admin) {
        StringBuilder required = new StringBuilder();
        synchronized (RNG) {
            PROFILES.vacancy(RNG).forEach((e, l) -> required.append(required.isEmpty() ? "" : ",")
                    .append("{\"elementId\":\"").append(e).append("\",\"minimumLevel\":")
                    .append(java.math.BigDecimal.valueOf(l, 2)).append('}'));
        }
        var post = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(LocalStack.EMPLOYER + "/employers/" + EndToEndIT.RIVERSIDE + "/vacancies"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"title\":\"Benchmark vacancy\",\"occupationCode\":\"31-1131.00\",\"requiredSkills\":["
                                + required + "],\"hourlyWage\":19.5,\"openings\":1,\"shift\":\"day\"}"))
                .build();
        try {
            var answer = HTTP.send(post, java.net.http.HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 201) {
                throw new IllegalStateException("POST vacancy answered " + answer.statusCode() + ": " + answer.body());
            }
            return EventJson.mapper().readTree(answer.body()).path("id").asText();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Where one vacancy's time went, from the records' own clocks (one machine, one wall clock; Kafka's record time has
     * millisecond resolution): when employer-service's relay produced {@code vacancy.opened.v1}, when matching decided
     * the first proposal (its {@code ce_time}), when matching's relay produced it, and when the benchmark read it.
     */
    static final class Stamps {

        volatile long openedProduced = -1;
        volatile long proposalDecided = -1;
        volatile long proposalProduced = -1;
        volatile long proposalReadMicros = -1;

        boolean complete() {
            return openedProduced >= 0 && proposalReadMicros >= 0;
        }

        /**
         * The commit to the POST's answer; to employer-service's relay producing the opening; Kafka and matching's
         * ranking; matching's commit and relay; Kafka to a consumer (milliseconds).
         */
        double[] stages(long committedMicros, long answeredMicros) {
            double committed = committedMicros / 1e3;
            return new double[]{(answeredMicros - committedMicros) / 1e3, openedProduced - committed,
                    proposalDecided - openedProduced, proposalProduced - proposalDecided,
                    proposalReadMicros / 1e3 - proposalProduced};
        }
    }

    private static void read(Map<String, Long> firstProposalNanos, Map<String, Stamps> stamps,
            AtomicBoolean running) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.KAFKA);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(org.rungs.contracts.matching.MatchingEvents.MATCH_PROPOSED.topic().name(),
                    org.rungs.contracts.employer.EmployerEvents.VACANCY_OPENED.topic().name()));
            while (running.get()) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(50))) {
                    long now = System.nanoTime();
                    long wall = micros(Instant.now());
                    String type = header(r, "ce_type");
                    try {
                        String vacancy = EventJson.mapper().readTree(r.value()).path("vacancyId").asText();
                        Stamps s = stamps.computeIfAbsent(vacancy, v -> new Stamps());
                        if ("vacancy.opened.v1".equals(type)) {
                            s.openedProduced = r.timestamp();
                        } else if ("match.proposed.v1".equals(type)
                                && firstProposalNanos.putIfAbsent(vacancy, now) == null) {
                            s.proposalReadMicros = wall;
                            s.proposalProduced = r.timestamp();
                            s.proposalDecided = Instant.parse(header(r, "ce_time")).toEpochMilli();
                        }
                    } catch (IOException | RuntimeException e) {
                        // not an event this benchmark made
                    }
                }
            }
        }
    }

    private static long micros(Instant t) {
        return t.getEpochSecond() * 1_000_000 + t.getNano() / 1_000;
    }

    /**
     * When each vacancy's row was committed in employer-service's schema, to the microsecond (PostgreSQL's commit
     * timestamps, which the local stack tracks): the clock of every figure starts there.
     */
    private static Map<String, Long> commitTimes(java.util.Set<String> vacancyIds) throws java.sql.SQLException {
        Map<String, Long> committed = new java.util.HashMap<>();
        try (var c = java.sql.DriverManager.getConnection(LocalStack.POSTGRES, LocalStack.POSTGRES_USER, "");
                var s = c.prepareStatement("""
                        select id::text, (extract(epoch from pg_xact_commit_timestamp(xmin)) * 1000000)::bigint
                          from employer.vacancy where id = any(?::uuid[])""")) {
            s.setArray(1, c.createArrayOf("text", vacancyIds.toArray()));
            try (var rows = s.executeQuery()) {
                while (rows.next()) {
                    committed.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return committed;
    }

    private static String header(ConsumerRecord<String, String> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void write(Map<Integer, List<Double>> millis, Map<Integer, List<List<Double>>> stages,
            Map<Integer, int[]> slow, DiskProbe disk, Instant started, double loadSeconds, double quietSeconds,
            int checks, int unhealthy,
            Map<String, Double> cpu, double window)
            throws IOException {
        StringBuilder rows = new StringBuilder();
        millis.forEach((pace, ms) -> rows.append(
                "| %,d | %d ms | %d | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %d (%d) |%n".formatted(PARTICIPANTS,
                        pace, VACANCIES / PACES.size(), ms.size(), pct(ms, 50), pct(ms, 90), pct(ms, 99),
                        ms.isEmpty() ? 0 : ms.get(ms.size() - 1), slow.get(pace)[0], slow.get(pace)[1])));
        StringBuilder split = new StringBuilder();
        stages.forEach((pace, parts) -> split.append("| %d ms | %d | %s |%n".formatted(pace, parts.get(0).size(),
                String.join(" | ", parts.stream()
                        .map(p -> "%.1f / %.1f ms".formatted(pct(p, 50), pct(p, 99))).toList()))));
        StringBuilder usage = new StringBuilder();
        cpu.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> usage.append("| %s | %.1f s | %.0f %% |%n".formatted(e.getKey(), e.getValue(),
                        100 * e.getValue() / window)));
        String report = """
                # B4: vacancy commit → match.proposed.v1 on Kafka, with a region loaded

                Measured by `./mvnw -pl deploy -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
                -Dit.test=VacancyLatencyBench` on the local stack (five services, real PostgreSQL, Kafka and Keycloak
                on one machine), %s. Against a baseline: `deploy/bench/compare-latency.sh` (vacancy-to-match-comparison.md).

                Region: %,d consenting participants with synthetic O*NET 30.0 profiles (`SyntheticProfiles`, seed %d,
                about 14 skills each), published to `rungs.participant` (enrolled, then consent with their skills) and
                applied by matching's participant feed in %.0f s, before the first vacancy, which waits until every
                service's consumer group has caught up on the region (%.0f s more), and after %d vacancies opened to
                warm the services up (every one compiles its paths as it runs). Each vacancy is opened with
                `POST /employers/{id}/vacancies`, one after another at each pace in turn (the pause between one POST's
                answer and the next), requiring the 8 most important skills of a random O*NET occupation: its shortlist
                is found among the whole region. The clock starts when employer-service's transaction that holds the
                vacancy and its outbox row commits (PostgreSQL's commit timestamp of the vacancy's row, to the
                microsecond; the local stack runs with `track_commit_timestamp`) and stops when a Kafka consumer on
                `rungs.match` reads the first `match.proposed.v1` for that vacancy. In between: employer-service's relay
                is woken on commit and publishes `vacancy.opened.v1`; matching-service consumes it, ranks candidates,
                commits the shortlist (50 matches) and its outbox rows; its relay publishes the proposals.

                | participants | pace | vacancies | proposals seen | p50 | p90 | p99 | max | over 50 ms (while the disk stalled) |
                | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
                %s
                Every commit on the way waits for PostgreSQL's write-ahead log to reach the disk (employer-service's
                vacancy, matching-service's shortlist; the local stack runs PostgreSQL durable). To tell the disk's
                time from the platform's, the benchmark flushes 4 KiB to a file beside the database's every 20 ms
                (`fdatasync`) while the vacancies are opened: of %,d flushes, %d took 50 ms or more (the longest
                %.0f ms; %.1f ms at p99); a vacancy over 50 ms is counted in brackets when such a flush stalled
                between its commit and its first proposal read.

                Where the time went (p50 / p99 of each stage, from the records' own clocks: Kafka's record time — the
                instant a relay handed the record to its producer — has millisecond resolution; the first column shows
                the POST's answer reaching the benchmark after the commit):

                | pace | vacancies | commit → POST answered | commit → `vacancy.opened.v1` produced (employer's relay) | → first proposal decided (Kafka, matching's consumer, ranking) | → `match.proposed.v1` produced (matching's writes, commit and relay) | → read by a consumer (Kafka) |
                | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
                %s
                The processor time each part of the stack used while the vacancies were opened (%.0f s on %d cores;
                the benchmark's own process included: its HTTP client, the health checks, the Kafka reader):

                | part | CPU time | of one core |
                | --- | ---: | ---: |
                %s
                Goal (issue 9): p50 ≤ 20 ms, p99 ≤ 50 ms. matching-service's health (liveness and readiness, read every
                250 ms from the first vacancy to the last proposal): %d of %d answers were not 200.
                """
                .formatted(started, PARTICIPANTS, SEED, loadSeconds, quietSeconds, WARM_UP, rows, disk.flushes(),
                        disk.stalls.size(), disk.longestMillis(), disk.p99Millis(), split, window,
                        Runtime.getRuntime().availableProcessors(), usage, unhealthy, checks);
        Path out = Path.of("../docs/benchmarks/vacancy-to-match-latency.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    /** The latency counted as slow: above the p99 goal. */
    static final long SLOW_MICROS = 50_000;

    /**
     * Flushes 4 KiB to a file on the database's disk every 20 ms and keeps the flushes that took {@link #SLOW_MICROS}
     * or more: the stalls any commit waiting for the disk then waited through.
     */
    static final class DiskProbe implements Runnable {

        final Path file;
        final List<long[]> stalls = Collections.synchronizedList(new ArrayList<>());
        final List<Double> millis = Collections.synchronizedList(new ArrayList<>());
        volatile boolean running = true;

        DiskProbe(Path file) {
            this.file = file;
        }

        @Override
        public void run() {
            try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.DELETE_ON_CLOSE)) {
                java.nio.ByteBuffer page = java.nio.ByteBuffer.allocate(4096);
                long position = 0;
                while (running) {
                    page.clear();
                    channel.write(page, position);
                    position = (position + 4096) % (1 << 20);
                    long from = micros(Instant.now());
                    long started = System.nanoTime();
                    channel.force(false);
                    long took = (System.nanoTime() - started) / 1_000;
                    millis.add(took / 1e3);
                    if (took >= SLOW_MICROS) {
                        stalls.add(new long[]{from, from + took});
                    }
                    Thread.sleep(20);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Whether a stall overlapped that span (microseconds of the wall clock). */
        boolean stalledWithin(long fromMicros, long toMicros) {
            synchronized (stalls) {
                return stalls.stream().anyMatch(s -> s[0] < toMicros && s[1] > fromMicros);
            }
        }

        int flushes() {
            return millis.size();
        }

        double longestMillis() {
            synchronized (millis) {
                return millis.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            }
        }

        double p99Millis() {
            synchronized (millis) {
                List<Double> sorted = new ArrayList<>(millis);
                Collections.sort(sorted);
                return pct(sorted, 99);
            }
        }
    }

    private static double pct(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
