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

    static final int PARTICIPANTS = Integer.getInteger("bench.participants", 100_000);
    static final int VACANCIES = Integer.getInteger("bench.vacancies", 1_000);
    static final int SKILLS = Integer.getInteger("bench.skills", 200_000);
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

        // phase 1: half the skills, while no vacancy is open (the feed keeps the index and the copy)
        Phase alone = phase(kafka, rng, ids, skills, SKILLS / 2);
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

        // phase 2: the other half, weighed against the open vacancies and proposed
        long matchesBefore = Sql.number(dataSource, "select count(*) from vacancy_match");
        long proposalsBefore = proposals();
        long withdrawalsBefore = withdrawals();
        Phase weighed = phase(kafka, rng, ids, skills, SKILLS - SKILLS / 2);
        long matchesAfter = Sql.number(dataSource, "select count(*) from vacancy_match");
        long proposed = proposals() - proposalsBefore;
        long longest = Sql.number(dataSource,
                "select coalesce(max(n), 0) from (select count(*) n from vacancy_match group by vacancy_id) m");
        write(alone, weighed, matchesAfter - matchesBefore, proposed, withdrawals() - withdrawalsBefore, longest);
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
     * Sends skill events (each a participant's profile element at a level a little above what they hold) as fast as the
     * producer can, waits until the feed's committed positions pass the last one, then reads the same records with a
     * raw consumer.
     */
    Phase phase(KafkaProbe kafka, Random rng, List<UUID> ids, List<Map<String, Integer>> skills, int count)
            throws Exception {
        Map<TopicPartition, Long> from = endOffsets();
        long transactionsBefore = feedTransactions();
        List<String> events = new ArrayList<>(count);
        List<String> keys = new ArrayList<>(count);
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
        Map<TopicPartition, Long> to = endOffsets();
        awaitFeed(to, Duration.ofMinutes(30));
        long applied = System.nanoTime();
        long raw = rawRead(from, to);
        return new Phase(events.size(), events.size() / ((applied - started) / 1e9), events.size() / (raw / 1e9),
                events.size() / ((produced - started) / 1e9), (applied - started) / 1e9,
                feedTransactions() - transactionsBefore);
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

    static void write(Phase alone, Phase weighed, long newMatches, long proposals, long withdrawals,
            long longest) throws IOException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 2)).orElse("unknown CPU");
        String report = """
                # B3: skills ingested through matching's real path (%s region)

                Measured %s by `./mvnw -pl matching-service test -Dtest=IngestBench -Dsurefire.failIfNoSpecifiedTests=false%s`
                (seed %d) on %s, %d cores, Java %s, heap limit %d MiB; Kafka (KRaft) and PostgreSQL embedded on the same
                machine, as matching-service's tests run them.

                Region: %,d consenting participants with synthetic O*NET 30.0 profiles (`SyntheticProfiles`), %s
                Then `skill.attained.v1` events, each a participant's profile element at a higher level, are produced
                as fast as a producer can, in two phases of one run: first while no vacancy is open, then after %,d
                vacancies of 8 required skills opened. The clock runs from the first send until the participant feed's
                committed positions (PostgreSQL) pass the last one: every event read from Kafka, applied to the
                candidate index and to the participant copy, weighed against the open vacancies it may now qualify for
                or is proposed for (the reverse query), and every proposal committed with its outbox row. The baseline
                is a raw Kafka consumer reading the same records from the same broker (poll only).

                | phase | events | feed: events per second | raw consumer | feed / raw | producer | feed transactions | events per transaction |
                | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
                | no vacancy open: Kafka → index → copy committed | %,d | **%,.0f** | %,.0f | %.3f | %,.0f | %,d | %.0f |
                | %,d vacancies open: … → weighed → proposals committed | %,d | **%,.0f** | %,.0f | %.3f | %,.0f | %,d | %.0f |

                In the second phase the feed committed %,d `match.proposed.v1` (%.2f per event, %,.0f per second),
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
                        alone.perTransaction(), VACANCIES, weighed.events(), weighed.feedRate(), weighed.rawRate(),
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
