package org.rungs.reporting.replay.application;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.rungs.reporting.projection.application.Projection;
import org.rungs.reporting.replay.domain.ReadModelStore;
import org.rungs.reporting.replay.domain.Replay;
import org.rungs.reporting.replay.domain.ReplayAlreadyRunning;
import org.rungs.reporting.replay.domain.Replays;
import org.rungs.spine.events.EventEnvelope;
import org.rungs.spine.events.PoisonEventException;
import org.rungs.spine.messaging.EventDispatcher;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A network admin rebuilds the read models from the topics, which keep every event. The replay runs in the background:
 * it makes new, empty copies of every projection's tables, reads each partition from its start to where it ended when
 * the replay began and applies every record through the same handlers as live consumption (poison is counted and
 * skipped: live consumption dead-lettered it already), catches up with what arrived meanwhile, then, with the live
 * tables locked, applies the last records and swaps the copies in. Readers see the old counts until then, and the new
 * ones after; live consumption goes on throughout (it waits only for the swap), and since projections are upserts that
 * any order gives alike, an event both apply counts once.
 * <p>
 * One replay runs at a time across every instance (see {@link ReadModelStore#claimReplay()}); its progress is kept in
 * its {@link Replay}.
 */
@ApplicationScoped
public class RebuildReadModels {

    private static final Logger LOG = Logger.getLogger(RebuildReadModels.class);
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration POLL = Duration.ofMillis(200);
    /** Catching up stops, and the swap begins, once fewer records than this arrived while the last round read. */
    private static final long SMALL_GAP = 1_000;
    private static final int MAX_CATCH_UP_ROUNDS = 5;

    private final Replays replays;
    private final ReadModelStore store;
    private final EventDispatcher dispatcher;
    private final Instance<Projection> projections;
    private final ReplayConfig config;
    private final Clock clock;
    private final String bootstrapServers;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> new Thread(r, "replay"));

    public RebuildReadModels(Replays replays, ReadModelStore store, EventDispatcher dispatcher,
            Instance<Projection> projections, ReplayConfig config, Clock clock,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.replays = replays;
        this.store = store;
        this.dispatcher = dispatcher;
        this.projections = projections;
        this.config = config;
        this.clock = clock;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Starts a replay in the background.
     *
     * @throws ReplayAlreadyRunning
     *             when one runs on any instance
     */
    public Replay start(String requestedBy) {
        AutoCloseable claim = store.claimReplay().orElseThrow(ReplayAlreadyRunning::new);
        try {
            Replay replay = QuarkusTransaction.requiringNew().call(() -> {
                // holding the claim, any replay still marked running belonged to an instance that stopped
                replays.running().forEach(r -> r.fail("interrupted: the instance running it stopped", clock.instant()));
                Replay started = Replay.start(requestedBy, clock.instant());
                replays.add(started);
                return started;
            });
            worker.execute(() -> run(replay.id(), claim));
            return replay;
        } catch (RuntimeException e) {
            release(claim);
            throw e;
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    private void run(UUID id, AutoCloseable claim) {
        Progress progress = new Progress(id, System.nanoTime() + config.timeout().toNanos());
        try {
            List<String> tables = tables();
            store.prepare(tables);
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties())) {
                List<TopicPartition> partitions = partitions(consumer);
                consumer.assign(partitions);
                consumer.seekToBeginning(partitions);
                Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, KAFKA_TIMEOUT);
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions, KAFKA_TIMEOUT);
                progress.total = gap(begin, end);
                readUpTo(consumer, end, progress, true);
                for (int round = 0; round < MAX_CATCH_UP_ROUNDS; round++) {
                    Map<TopicPartition, Long> later = consumer.endOffsets(partitions, KAFKA_TIMEOUT);
                    long arrived = gap(end, later);
                    progress.total += arrived;
                    end = later;
                    if (arrived < SMALL_GAP) {
                        break;
                    }
                    readUpTo(consumer, end, progress, true);
                }
                store.swapIn(tables, () -> {
                    Map<TopicPartition, Long> last = consumer.endOffsets(partitions, KAFKA_TIMEOUT);
                    readUpTo(consumer, last, progress, false);
                    Replay replay = replays.byId(id).orElseThrow();
                    replay.progress(progress.total, progress.read, progress.applied, progress.skipped);
                    replay.complete(clock.instant());
                });
            }
            LOG.infof("Replay %s rebuilt the read models: %d records read, %d applied, %d skipped", id, progress.read,
                    progress.applied, progress.skipped);
        } catch (Exception e) {
            LOG.errorf(e, "Replay %s stopped after %d records; the read models are as they were", id, progress.read);
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            try {
                store.discard();
            } finally {
                QuarkusTransaction.requiringNew().run(() -> replays.byId(id).orElseThrow().fail(
                        "The replay stopped after " + progress.read + " records (" + why + "); the read models are "
                                + "as they were; run it again",
                        clock.instant()));
            }
        } finally {
            release(claim);
        }
    }

    /** Every projection's tables. */
    private List<String> tables() {
        List<String> tables = new ArrayList<>();
        projections.forEach(p -> tables.addAll(p.tables()));
        return tables;
    }

    /** The partitions of the topics the projections follow; a topic not created yet has none. */
    private List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : dispatcher.handlers().topics()) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, KAFKA_TIMEOUT);
            if (infos != null) {
                infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
        }
        return partitions;
    }

    /**
     * Reads every partition up to the given ends and applies what it reads to the copies: batch by batch, each in its
     * own transaction ({@code ownTransactions}), or all in the caller's.
     */
    private void readUpTo(KafkaConsumer<String, String> consumer, Map<TopicPartition, Long> end, Progress progress,
            boolean ownTransactions) {
        Set<TopicPartition> reading = new HashSet<>(end.keySet());
        consumer.resume(consumer.assignment());
        while (true) {
            List<TopicPartition> done = reading.stream()
                    .filter(p -> consumer.position(p, KAFKA_TIMEOUT) >= end.get(p)).toList();
            consumer.pause(done);
            done.forEach(reading::remove);
            if (reading.isEmpty()) {
                return;
            }
            if (System.nanoTime() > progress.deadline) {
                throw new IllegalStateException("it ran out of time (rungs.reporting.replay.timeout)");
            }
            List<ConsumerRecord<String, String>> batch = new ArrayList<>();
            Set<TopicPartition> overshot = new HashSet<>();
            for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                if (record.offset() < end.get(partition)) {
                    batch.add(record);
                } else {
                    overshot.add(partition);
                }
            }
            // records past the end are left for the next round: read again from the end
            overshot.forEach(p -> consumer.seek(p, end.get(p)));
            if (batch.isEmpty()) {
                continue;
            }
            if (ownTransactions) {
                store.intoCopies(() -> apply(batch, progress));
                progress.save();
            } else {
                apply(batch, progress);
            }
        }
    }

    private void apply(List<ConsumerRecord<String, String>> batch, Progress progress) {
        for (ConsumerRecord<String, String> record : batch) {
            progress.read++;
            EventEnvelope<?> event;
            try {
                event = dispatcher.read(record).orElse(null);
            } catch (PoisonEventException poison) {
                progress.skipped++;
                continue;
            }
            if (event != null) {
                dispatcher.applyInCurrentTransaction(event);
                progress.applied++;
            }
        }
    }

    private static long gap(Map<TopicPartition, Long> from, Map<TopicPartition, Long> to) {
        long gap = 0;
        for (var e : to.entrySet()) {
            gap += Math.max(0, e.getValue() - from.getOrDefault(e.getKey(), 0L));
        }
        return gap;
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, dispatcher.consumer() + "-replay");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        p.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) KAFKA_TIMEOUT.toMillis());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return p;
    }

    private static void release(AutoCloseable claim) {
        try {
            claim.close();
        } catch (Exception e) {
            LOG.warnf("Could not give back the replay lock (it goes with its database session): %s", e.toString());
        }
    }

    /** What the replay did so far; saved to its {@link Replay} after each batch. */
    private final class Progress {

        final UUID id;
        final long deadline;
        long total;
        long read;
        long applied;
        long skipped;

        Progress(UUID id, long deadline) {
            this.id = id;
            this.deadline = deadline;
        }

        void save() {
            QuarkusTransaction.requiringNew().run(() -> replays.byId(id).orElseThrow().progress(total, read, applied,
                    skipped));
        }
    }
}
