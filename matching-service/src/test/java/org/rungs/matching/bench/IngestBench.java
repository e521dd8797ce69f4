package org.rungs.matching.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.contracts.participant.ParticipantEvents;
import org.rungs.spine.events.EventJson;
import org.rungs.testing.EventSamples;
import org.rungs.testing.KafkaProbe;
import org.rungs.testing.KafkaTestResource;
import org.rungs.testing.Sql;
import org.rungs.testing.SyntheticProfiles;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Benchmark B3, not a test (run by name only): {@code skill.attained.v1} applied per second through matching-service's
 * real path — Kafka, the participant feed, the candidate index, the participant copy and the proposals committed in
 * PostgreSQL — against a raw Kafka consumer reading the same records from the same broker. Run with
 * {@code ./mvnw -pl matching-service test -Dtest=IngestBench -Dsurefire.failIfNoSpecifiedTests=false}; it writes
 * docs/benchmarks/matching-ingest.md.
 */
@QuarkusTest
class IngestBench {

    static final int PARTICIPANTS = Integer.getInteger("bench.participants", 20_000);
    static final int VACANCIES = Integer.getInteger("bench.vacancies", 1_000);
    static final int SKILLS = Integer.getInteger("bench.skills", 200_000);
    static final long SEED = Long.getLong("bench.seed", 2026);
    static final String TOPIC = ParticipantEvents.PARTICIPANTS.name();

    @Inject
    AgroalDataSource dataSource;

    @Test
    void skillsAppliedPerSecond() throws Exception {
        KafkaProbe kafka = new KafkaProbe(KafkaTestResource.bootstrapServers());
        SyntheticProfiles profiles = new SyntheticProfiles(Path.of("../employer-service/src/main/resources/reference/"
                + "occupation_skills.tsv"));
        Random rng = new Random(SEED);
        List<UUID> ids = new ArrayList<>();
        List<Map<String, Integer>> skills = new ArrayList<>();
        for (int i = 0; i < PARTICIPANTS; i++) {
            UUID id = new UUID(rng.nextLong(), rng.nextLong());
            ids.add(id);
            Map<String, Integer> profile = profiles.participant(rng);
            skills.add(profile);
            ObjectNode enrolled = EventSamples.sampleTree(ParticipantEvents.PARTICIPANT_ENROLLED).deepCopy();
            enrolled.put("participantId", id.toString()).put("consentToShare", true)
                    .put("enrolledAt", Instant.now().toString());
            kafka.sendAsync(ParticipantEvents.PARTICIPANT_ENROLLED, id.toString(), json(enrolled));
        }
        for (int v = 0; v < VACANCIES; v++) {
            UUID vacancy = new UUID(rng.nextLong(), rng.nextLong());
            ObjectNode opened = EventSamples.sampleTree(EmployerEvents.VACANCY_OPENED).deepCopy();
            opened.put("vacancyId", vacancy.toString()).put("employerId", UUID.randomUUID().toString());
            opened.remove("internalFirstUntil");
            ArrayNode required = opened.putArray("requiredSkills");
            profiles.vacancy(rng).forEach((e, l) -> required.addObject().put("elementId", e).put("level",
                    java.math.BigDecimal.valueOf(l, 2)));
            kafka.sendAsync(EmployerEvents.VACANCY_OPENED, vacancy.toString(), json(opened));
        }
        kafka.flush();
        Map<TopicPartition, Long> enrolledEnd = endOffsets();
        awaitFeed(enrolledEnd, Duration.ofMinutes(10));
        System.out.printf("%s participants enrolled%n", Instant.now());
        awaitVacancies();
        System.out.printf("%s vacancies opened%n", Instant.now());
        long matchesBefore = Sql.number(dataSource, "select count(*) from vacancy_match");

        // the skills: each a participant's profile element at a level a little above what they hold
        List<String> events = new ArrayList<>(SKILLS);
        List<String> keys = new ArrayList<>(SKILLS);
        for (int i = 0; i < SKILLS; i++) {
            int p = rng.nextInt(PARTICIPANTS);
            List<String> elements = new ArrayList<>(skills.get(p).keySet());
            if (elements.isEmpty()) {
                continue;
            }
            String element = elements.get(rng.nextInt(elements.size()));
            int level = Math.min(700, skills.get(p).get(element) + 10 + rng.nextInt(80));
            skills.get(p).put(element, level);
            ObjectNode attained = EventSamples.sampleTree(ParticipantEvents.SKILL_ATTAINED).deepCopy();
            attained.put("participantId", ids.get(p).toString()).put("skillRecordId", UUID.randomUUID().toString())
                    .put("elementId", element).put("level", java.math.BigDecimal.valueOf(level, 2));
            events.add(json(attained));
            keys.add(ids.get(p).toString());
        }
        long started = System.nanoTime();
        for (int i = 0; i < events.size(); i++) {
            kafka.sendAsync(ParticipantEvents.SKILL_ATTAINED, keys.get(i), events.get(i));
        }
        kafka.flush();
        long produced = System.nanoTime();
        Map<TopicPartition, Long> skillsEnd = endOffsets();
        awaitFeed(skillsEnd, Duration.ofMinutes(20));
        long applied = System.nanoTime();
        long matchesAfter = Sql.number(dataSource, "select count(*) from vacancy_match");
        long proposals = Sql.number(dataSource,
                "select count(*) from outbox_event where event_type = 'match.proposed.v1'");

        // the baseline: a raw consumer reads the same records from the same broker
        long raw = rawRead(enrolledEnd, skillsEnd);

        double feedRate = events.size() / ((applied - started) / 1e9);
        double rawRate = events.size() / (raw / 1e9);
        double produceRate = events.size() / ((produced - started) / 1e9);
        write(feedRate, rawRate, produceRate, events.size(), matchesAfter - matchesBefore, proposals);
    }

    static String json(ObjectNode data) {
        try {
            return EventJson.mapper().writeValueAsString(data);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Properties consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1000);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return p;
    }

    static Map<TopicPartition, Long> endOffsets() {
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(consumer())) {
            List<TopicPartition> partitions = c.partitionsFor(TOPIC).stream()
                    .map(i -> new TopicPartition(TOPIC, i.partition())).toList();
            return c.endOffsets(partitions);
        }
    }

    /** Waits until the participant feed's positions reach the offsets. */
    void awaitFeed(Map<TopicPartition, Long> end, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            boolean reached = true;
            for (Map.Entry<TopicPartition, Long> e : end.entrySet()) {
                long at = Sql.number(dataSource, "select coalesce(max(next_offset), 0) from feed_position"
                        + " where topic = ? and partition = ?", TOPIC, e.getKey().partition());
                reached &= at >= e.getValue();
            }
            if (reached) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("the participant feed did not reach " + end);
    }

    void awaitVacancies() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (Sql.number(dataSource, "select count(*) from vacancy") < VACANCIES) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("vacancies not applied");
            }
            Thread.sleep(50);
        }
    }

    /** Nanoseconds a raw consumer takes to read the records between the two positions. */
    static long rawRead(Map<TopicPartition, Long> from, Map<TopicPartition, Long> to) {
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(consumer())) {
            c.assign(from.keySet());
            from.forEach(c::seek);
            long started = System.nanoTime();
            Map<TopicPartition, Long> at = new HashMap<>(from);
            while (at.entrySet().stream().anyMatch(e -> e.getValue() < to.get(e.getKey()))) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(200))) {
                    at.put(new TopicPartition(r.topic(), r.partition()), r.offset() + 1);
                }
            }
            return System.nanoTime() - started;
        }
    }

    static void write(double feedRate, double rawRate, double produceRate, int events, long newMatches,
            long proposals) throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 2)).orElse("unknown CPU");
        String report = """
                # B3: skills ingested through matching's real path

                Measured %s by `./mvnw -pl matching-service test -Dtest=IngestBench -Dsurefire.failIfNoSpecifiedTests=false`
                (seed %d) on %s, %d cores, Java %s, heap limit %d MiB; Kafka (KRaft) and PostgreSQL embedded on the same
                machine, as matching-service's tests run them.

                Region: %,d consenting participants with synthetic O*NET 30.0 profiles (`SyntheticProfiles`), %,d open vacancies
                of 8 required skills. Then %,d `skill.attained.v1` events, each a participant's profile element at a
                higher level, are produced as fast as a producer can; the clock runs from the first send until the
                participant feed's committed positions (PostgreSQL) pass the last one: every event read from Kafka,
                applied to the candidate index, written to the participant copy, weighed against the open vacancies it
                may now qualify for (the reverse query), and any proposal committed with its outbox row.

                | path | events per second | ratio |
                | --- | ---: | ---: |
                | participant feed: Kafka → index → copy and proposals committed | **%,.0f** | %.2f of the raw consumer |
                | raw Kafka consumer, same broker, same records (poll only) | %,.0f | 1 |
                | producer (for scale: the feed never waited for it) | %,.0f | |

                Matches created or changed while ingesting: %,d new matches; %,d `match.proposed.v1` in the outbox in
                all (setup included). Goal: at least 10,000 events per second.
                """
                .formatted(Instant.now(), SEED, cpu, Runtime.getRuntime().availableProcessors(),
                        System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, PARTICIPANTS,
                        VACANCIES,
                        events, feedRate, feedRate / rawRate, rawRate, produceRate, newMatches, proposals);
        Path out = Path.of("../docs/benchmarks/matching-ingest.md");
        Files.writeString(out, report);
        System.out.println(report);
    }
}
