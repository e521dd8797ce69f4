package org.rungs.deploy;

import static io.restassured.RestAssured.given;

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
import org.rungs.spine.events.EventJson;

import io.restassured.http.ContentType;

/**
 * Benchmark, not a test: the time from a vacancy's commit (its POST answered 201) to the first
 * {@code match.proposed.v1} for it being readable on Kafka, over a few hundred vacancies opened one after another on
 * the local stack. Run with {@code ./mvnw -pl deploy verify -Dit.test=VacancyLatencyBench} (the stack is started and
 * stopped like the end-to-end suite); it writes docs/benchmarks/vacancy-to-match-latency.md.
 */
class VacancyLatencyBench {

    static final int VACANCIES = Integer.getInteger("bench.vacancies", 300);

    @Test
    void vacancyCommitToMatchProposed() throws Exception {
        LocalStack.run("reset");
        LocalStack.run("up");
        try {
            measure();
        } finally {
            LocalStack.run("down");
        }
    }

    private void measure() throws Exception {
        String admin = EndToEndIT.token("ada");
        EndToEndIT.admin = admin;
        EndToEndIT.navigator = EndToEndIT.token("nia");
        String participant = EndToEndIT.enrol(true);
        EndToEndIT.skill(participant, "2.A.1.a", "5");

        Map<String, Long> firstProposalNanos = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread reader = new Thread(() -> read(firstProposalNanos, running), "bench-reader");
        reader.start();
        Thread.sleep(3_000);

        // warm-up: the first requests pay class loading and JIT in every service
        for (int i = 0; i < 20; i++) {
            open(admin);
        }
        Thread.sleep(2_000);

        Map<String, Long> committedNanos = new ConcurrentHashMap<>();
        Instant started = Instant.now();
        for (int i = 0; i < VACANCIES; i++) {
            String id = open(admin);
            committedNanos.put(id, System.nanoTime());
            Thread.sleep(20);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!firstProposalNanos.keySet().containsAll(committedNanos.keySet()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        running.set(false);
        reader.join();

        List<Double> millis = new ArrayList<>();
        committedNanos.forEach((id, t0) -> {
            Long t1 = firstProposalNanos.get(id);
            if (t1 != null) {
                millis.add(Math.max(0, t1 - t0) / 1e6);
            }
        });
        Collections.sort(millis);
        write(millis, started);
    }

    private static String open(String admin) {
        return given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("{\"title\":\"Benchmark vacancy\",\"occupationCode\":\"31-1131.00\",\"requiredSkills\":"
                        + "[{\"elementId\":\"2.A.1.a\",\"minimumLevel\":1}],\"hourlyWage\":19.5,\"openings\":1,"
                        + "\"shift\":\"day\"}")
                .post(LocalStack.EMPLOYER + "/employers/" + EndToEndIT.RIVERSIDE + "/vacancies")
                .then().statusCode(201).extract().path("id");
    }

    private static void read(Map<String, Long> firstProposalNanos, AtomicBoolean running) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalStack.KAFKA);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 5);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of("rungs.match"));
            while (running.get()) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(50))) {
                    long now = System.nanoTime();
                    try {
                        String vacancy = EventJson.mapper().readTree(r.value()).path("vacancyId").asText();
                        firstProposalNanos.putIfAbsent(vacancy, now);
                    } catch (IOException e) {
                        // not a proposal this benchmark made
                    }
                }
            }
        }
    }

    private static void write(List<Double> millis, Instant started) throws IOException {
        String report = """
                # Vacancy commit → match.proposed.v1 on Kafka

                Measured by `./mvnw -pl deploy -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
                -Dit.test=VacancyLatencyBench` on the local stack (five services, real PostgreSQL, Kafka and Keycloak
                on one machine), %s. Against a baseline: `deploy/bench/compare-latency.sh` (vacancy-to-match-comparison.md).

                Each vacancy is opened with `POST /employers/{id}/vacancies` one after another (20 ms apart), with one
                consenting participant who meets its requirement. The clock starts when the POST answers 201 (the
                vacancy and its outbox row are committed) and stops when a Kafka consumer on `rungs.match` reads the
                first `match.proposed.v1` for that vacancy. In between: employer-service's relay is woken on commit
                and publishes `vacancy.opened.v1`; matching-service consumes it, ranks candidates, commits the match
                and its outbox row; its relay publishes the proposal.

                | vacancies | proposals seen | p50 | p90 | p99 | max |
                | ---: | ---: | ---: | ---: | ---: | ---: |
                | %d | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms |
                """
                .formatted(started, VACANCIES, millis.size(), pct(millis, 50), pct(millis, 90), pct(millis, 99),
                        millis.isEmpty() ? 0 : millis.get(millis.size() - 1));
        Path out = Path.of("../docs/benchmarks/vacancy-to-match-latency.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    private static double pct(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
