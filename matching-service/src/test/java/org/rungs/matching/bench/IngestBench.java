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
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
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

    static final int PARTICIPANTS = Integer.getInteger("bench.participants", 100_000);
    static final int VACANCIES = Integer.getInteger("bench.vacancies", 1_000);
    /** Skill events per phase: with no vacancy open, then twice with vacancies open (warming up, then measured). */
    static final int EVENTS = Integer.getInteger("bench.events", 100_000);
    static final long SEED = Long.getLong("bench.seed", 2026);
    /**
     * {@code loading} (the default): participants enrolled without skills, whose records then arrive skill by skill (a
     * region being loaded: shortlists fill and turn over); {@code settled}: participants who consented with their whole
     * profile, whose skills then grow (a region at work).
     */
    static final String REGION = System.getProperty("bench.region", "loading");
    static final boolean SETTLED = switch (REGION) {
        case "loading" -> false;
        case "settled" -> true;
        default -> throw new IllegalArgumentException("bench.region is loading or settled, not " + REGION);
    };
    static final String TOPIC = ParticipantEvents.PARTICIPANTS.name();

    @Inject
    AgroalDataSource dataSource;

    @Inject
    io.micrometer.core.instrument.MeterRegistry registry;

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
            skills.add(profiles.participant(rng));
            ObjectNode enrolled = EventSamples.sampleTree(ParticipantEvents.PARTICIPANT_ENROLLED).deepCopy();
            enrolled.put("participantId", id.toString()).put("consentToShare", !SETTLED)
                    .put("enrolledAt", Instant.now().toString());
            kafka.sendAsync(ParticipantEvents.PARTICIPANT_ENROLLED, id.toString(), json(enrolled));
            if (SETTLED) {
                ObjectNode consent = EventSamples.sampleTree(ParticipantEvents.CONSENT_CHANGED).deepCopy();
                consent.put("participantId", id.toString()).put("shareWithEmployers", true)
                        .put("changedAt", Instant.now().toString());
                ArrayNode held = consent.putArray("skills");
                skills.getLast().forEach((e, l) -> held.addObject().put("elementId", e)
                        .put("level", java.math.BigDecimal.valueOf(l, 2)));
                kafka.sendAsync(ParticipantEvents.CONSENT_CHANGED, id.toString(), json(consent));
            }
        }
        kafka.flush();
        awaitFeed(endOffsets(), Duration.ofMinutes(10));
        System.out.printf("%s participants enrolled%n", Instant.now());

        // phase 1: skills while no vacancy is open (the feed keeps the index and the copy)
        Phase alone = phase(kafka, rng, ids, skills, EVENTS);
        System.out.printf("%s %,.0f events/s with no vacancy open%n", Instant.now(), alone.feedRate());

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
        awaitVacancies();
        System.out.printf("%s vacancies opened%n", Instant.now());

        // phase 2: skills weighed against the open vacancies and proposed; first while the weighing path is compiled
        // (it runs for the first time), then measured as a service that has been running does it
        Phase warming = phase(kafka, rng, ids, skills, EVENTS);
        System.out.printf("%s %,.0f events/s with vacancies open, warming up%n", Instant.now(), warming.feedRate());
        long matchesBefore = Sql.number(dataSource, "select count(*) from vacancy_match");
        long proposalsBefore = proposals();
        long withdrawalsBefore = withdrawals();
        Phase weighed = phase(kafka, rng, ids, skills, EVENTS);
        long matchesAfter = Sql.number(dataSource, "select count(*) from vacancy_match");
        long proposed = proposals() - proposalsBefore;
        long longest = Sql.number(dataSource,
                "select coalesce(max(n), 0) from (select count(*) n from vacancy_match group by vacancy_id) m");
        write(alone, warming, weighed, matchesAfter - matchesBefore, proposed, withdrawals() - withdrawalsBefore,
                longest);
    }

    /** One phase's figures: events sent, the feed's rate, the raw consumer's on the same records, the producer's. */
    record Phase(int events, double feedRate, double rawRate, double produceRate, double seconds,
            long transactions) {

        double perTransaction() {
            return transactions == 0 ? 0 : (double) events / transactions;
        }
    }

    /** How many transactions the participant feed has committed so far. */
    long feedTransactions() {
        return registry.get("rungs.feed.batch").summary().count();
    }

    /**
     * Writes a phase's skill events (each a participant's profile element at a level a little above what they hold) in
     * one Kafka transaction, commits it, and waits until the feed's committed positions pass the last one; then reads
     * the same records with a raw consumer. The feed reads committed records only, so both drain the same backlog from
     * the moment it commits, and the producer does not share the machine with them while they do.
     */
    Phase phase(KafkaProbe kafka, Random rng, List<UUID> ids, List<Map<String, Integer>> skills, int count)
            throws Exception {
        Map<TopicPartition, Long> from = endOffsets();
        long transactionsBefore = feedTransactions();
        Properties staging = new Properties();
        staging.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaTestResource.bootstrapServers());
        staging.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "ingest-bench-" + UUID.randomUUID());
        staging.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 600_000);
        staging.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        staging.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 << 10);
        staging.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        staging.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        int sent = 0;
        long started;
        long staged;
        // the last event's offset in each partition: the transaction's commit marker follows it
        Map<TopicPartition, Long> last = new java.util.concurrent.ConcurrentHashMap<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(staging)) {
            producer.initTransactions();
            producer.beginTransaction();
            long writing = System.nanoTime();
            for (int i = 0; i < count; i++) {
                int p = rng.nextInt(ids.size());
                List<String> elements = new ArrayList<>(skills.get(p).keySet());
                if (elements.isEmpty()) {
                    continue;
                }
                String element = elements.get(rng.nextInt(elements.size()));
                int level = Math.min(700, skills.get(p).get(element) + 10 + rng.nextInt(80));
                skills.get(p).put(element, level);
                ObjectNode attained = EventSamples.sampleTree(ParticipantEvents.SKILL_ATTAINED).deepCopy();
                attained.put("participantId", ids.get(p).toString())
                        .put("skillRecordId", UUID.randomUUID().toString()).put("elementId", element)
                        .put("level", java.math.BigDecimal.valueOf(level, 2));
                producer.send(kafka.record(ParticipantEvents.SKILL_ATTAINED, ids.get(p).toString(), json(attained)),
                        (written, failed) -> {
                            if (written != null) {
                                last.merge(new TopicPartition(TOPIC, written.partition()), written.offset(),
                                        Math::max);
                            }
                        });
                sent++;
            }
            producer.flush();
            started = System.nanoTime();
            staged = started - writing;
            producer.commitTransaction();
        }
        Map<TopicPartition, Long> to = new HashMap<>();
        from.keySet().forEach(partition -> to.put(partition, 0L));
        last.forEach((partition, offset) -> to.put(partition, offset + 1));
        awaitFeed(to, Duration.ofMinutes(30));
        long applied = System.nanoTime();
        long raw = rawRead(from, to);
        return new Phase(sent, sent / ((applied - started) / 1e9), sent / (raw / 1e9), sent / (staged / 1e9),
                (applied - started) / 1e9, feedTransactions() - transactionsBefore);
    }

    long proposals() {
        return Sql.number(dataSource, "select count(*) from outbox_event where event_type = 'match.proposed.v1'");
    }

    long withdrawals() {
        return Sql.number(dataSource, "select count(*) from outbox_event where event_type = 'match.withdrawn.v1'");
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
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
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

    static void write(Phase alone, Phase warming, Phase weighed, long newMatches, long proposals, long withdrawals,
            long longest) throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 2)).orElse("unknown CPU");
        String report = """
                # B3: skills ingested through matching's real path (%s region)

                Measured %s by `./mvnw -pl matching-service test -Dtest=IngestBench -Dsurefire.failIfNoSpecifiedTests=false%s`
                (seed %d) on %s, %d cores, Java %s, heap limit %d MiB; Kafka (KRaft) and PostgreSQL embedded on the same
                machine, as matching-service's tests run them.

                Region: %,d consenting participants with synthetic O*NET 30.0 profiles (`SyntheticProfiles`), %s
                Then `skill.attained.v1` events, each a participant's profile element at a higher level, are written
                in phases of one run: first while no vacancy is open, then after %,d vacancies of 8 required skills
                opened, twice: the first time the weighing path runs and is compiled by the JIT as it runs (warming
                up), the second as a service that has been running weighs (the figure the goal is judged on). Each
                phase is written in one Kafka transaction and committed; the participant feed, like every consumer
                of the platform, reads committed records only, so it drains the phase as a backlog while the
                producer no longer shares the machine. The clock runs from the commit until the feed's committed
                positions (PostgreSQL) pass the phase's last event: every event read from Kafka, applied to the
                candidate index and to the participant copy, weighed against the open vacancies it may now qualify for
                or is proposed for (the reverse query), and every proposal committed with its outbox row. The baseline
                is a raw Kafka consumer draining the same records from the same broker (poll only). The feed weighs
                with `rungs.matching.weighers` threads (one per processor by default).

                | phase | events | feed: events per second | raw consumer | feed / raw | written (events per second, before the commit) | feed transactions | events per transaction |
                | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
                | no vacancy open: Kafka → index → copy committed | %,d | **%,.0f** | %,.0f | %.3f | %,.0f | %,d | %.0f |
                | warming up with %,d vacancies open | %,d | %,.0f | %,.0f | %.3f | %,.0f | %,d | %.0f |
                | %,d vacancies open: … → weighed → proposals committed | %,d | **%,.0f** | %,.0f | %.3f | %,.0f | %,d | %.0f |

                In the measured phase with vacancies open the feed committed %,d `match.proposed.v1` (%.2f per event, %,.0f per second),
                %,d `match.withdrawn.v1` and %,d new matches; the longest shortlist holds %,d. A skill that
                raises a participant's rank on a shortlist they are on proposes them again (a match row and an
                outbox row, published by the relay); one who now ranks before the last of a full shortlist takes
                their place (proposed, and the last withdrawn). A transaction announces what it changed, match by
                match: a newcomer outranked within it is never announced. The denser the region's shortlists
                (vacancies × 50 against participants), the more proposals per event: `-Dbench.participants` and
                `-Dbench.vacancies` set it, `-Dbench.region` the region (`loading`, `settled`). Goal (issue 9): at
                least 10,000 events per second.
                """
                .formatted(REGION, Instant.now(), SETTLED ? " -Dbench.region=settled" : "", SEED, cpu,
                        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                        Runtime.getRuntime().maxMemory() >> 20, PARTICIPANTS,
                        SETTLED
                                ? "who consented with their whole profile (about 14 skills each): a region at work."
                                : "enrolled without skills: a region whose skill records are being loaded.",
                        VACANCIES, alone.events(), alone.feedRate(), alone.rawRate(),
                        alone.feedRate() / alone.rawRate(), alone.produceRate(), alone.transactions(),
                        alone.perTransaction(), VACANCIES, warming.events(), warming.feedRate(), warming.rawRate(),
                        warming.feedRate() / warming.rawRate(), warming.produceRate(), warming.transactions(),
                        warming.perTransaction(), VACANCIES, weighed.events(), weighed.feedRate(), weighed.rawRate(),
                        weighed.feedRate() / weighed.rawRate(), weighed.produceRate(), weighed.transactions(),
                        weighed.perTransaction(), proposals, (double) proposals / weighed.events(),
                        proposals / weighed.seconds(), withdrawals, newMatches, longest);
        Path out = Path.of(SETTLED
                ? "../docs/benchmarks/matching-ingest-settled.md"
                : "../docs/benchmarks/matching-ingest.md");
        Files.writeString(out, report);
        System.out.println(report);
    }
}
