package org.rungs.spine.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.rungs.spine.config.SpineConfig;
import org.rungs.spine.events.CloudEventHeaders;
import org.rungs.spine.events.PoisonEventException;
import org.rungs.spine.events.TopicBootstrap;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The service's one inbound consumer: a single Kafka consumer (group = the service name) on the topics of the events
 * its {@link EventHandlers} handle, applying records one at a time, in partition order, through the
 * {@link EventDispatcher}.
 * <ul>
 * <li>Poison goes to the dead-letter topic ({@link DeadLetters}) and the partition moves on.</li>
 * <li>Any other failure (database down, timeout, out of memory, a fault in a handler) is not the event's fault: the
 * record is tried again, with a growing pause (up to {@code rungs.consumer.max-backoff}), until it applies. The records
 * behind it wait; nothing is skipped or dead-lettered.</li>
 * </ul>
 * Offsets are committed after the records are applied, so a crash redelivers at most a batch, which the inbox ignores.
 * Whenever the group hands this instance partitions, an {@link Assignment} is fired before their records are applied.
 */
@ApplicationScoped
public class EventConsumer extends ConsumerLoop {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final EventDispatcher dispatcher;
    private final DeadLetters deadLetters;
    private final TopicBootstrap topics;
    private final SpineConfig config;
    private final String bootstrapServers;
    private final MeterRegistry registry;
    private final Event<Assignment> assignments;
    private final AtomicInteger failing = new AtomicInteger();
    private final Map<TopicPartition, OffsetAndMetadata> applied = new HashMap<>();
    private volatile Set<TopicPartition> assignment = Set.of();

    public EventConsumer(EventDispatcher dispatcher, DeadLetters deadLetters, TopicBootstrap topics,
            SpineConfig config, MeterRegistry registry, Event<Assignment> assignments,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        super("event-consumer", config.consumer().maxBackoff());
        this.assignments = assignments;
        this.dispatcher = dispatcher;
        this.deadLetters = deadLetters;
        this.topics = topics;
        this.config = config;
        this.registry = registry;
        this.bootstrapServers = bootstrapServers;
        registry.gauge("rungs.events.failing", failing);
    }

    void start(@Observes StartupEvent event) {
        if (!dispatcher.handlers().isEmpty()) {
            startLoop();
        }
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        stopLoop();
    }

    /** How many times in a row the record at hand failed (0 when the consumer keeps up). */
    public int failingAttempts() {
        return failing.get();
    }

    public Set<TopicPartition> assignment() {
        return assignment;
    }

    @Override
    protected void read(KafkaConsumer<String, String> kafka) {
        topics.ensureDeadLetterTopic();
        kafka.subscribe(dispatcher.handlers().topics(), rebalance(kafka));
        LOG.infof("%s consumes %s", dispatcher.consumer(), dispatcher.handlers().topics());
        connected();
        while (running()) {
            pollOnce(kafka);
        }
        commit(kafka);
    }

    @Override
    protected void closed() {
        assignment = Set.of();
    }

    private void pollOnce(KafkaConsumer<String, String> kafka) {
        ConsumerRecords<String, String> records = kafka.poll(POLL);
        List<TopicPartition> partitions = List.copyOf(records.partitions());
        for (int p = 0; p < partitions.size(); p++) {
            TopicPartition partition = partitions.get(p);
            for (ConsumerRecord<String, String> record : records.records(partition)) {
                if (!running()) {
                    return;
                }
                if (!apply(record)) {
                    // try this record again after a pause; the partitions not reached yet start where this batch did
                    kafka.seek(partition, record.offset());
                    for (TopicPartition later : partitions.subList(p + 1, partitions.size())) {
                        kafka.seek(later, records.records(later).get(0).offset());
                    }
                    commit(kafka);
                    waitBeforeRetry(kafka);
                    return;
                }
                applied.put(partition, new OffsetAndMetadata(record.offset() + 1));
            }
        }
        if (!applied.isEmpty()) {
            kafka.commitAsync(Map.copyOf(applied), null);
        }
    }

    /** @return false when the record must be tried again */
    private boolean apply(ConsumerRecord<String, String> record) {
        String type = header(record, CloudEventHeaders.TYPE);
        try {
            EventDispatcher.Outcome outcome = dispatcher.dispatch(record);
            count(type, outcome.name().toLowerCase());
        } catch (PoisonEventException poison) {
            try {
                deadLetters.send(record, poison);
            } catch (Exception e) {
                return failed(record, type, e);
            }
            registry.counter("rungs.events.dead.lettered", "consumer", dispatcher.consumer(), "reason",
                    poison.reason()).increment();
            LOG.warnf("%s dead-letters %s-%d@%d to %s: %s", dispatcher.consumer(), record.topic(),
                    record.partition(), record.offset(), deadLetters.topic(), poison.getMessage());
            count(type, "dead-lettered");
        } catch (Throwable e) { // not the event's fault: out of memory included
            return failed(record, type, e);
        }
        failing.set(0);
        return true;
    }

    private boolean failed(ConsumerRecord<String, String> record, String type, Throwable e) {
        if (!running()) {
            return false;
        }
        int attempt = failing.incrementAndGet();
        registry.counter("rungs.events.retried", "consumer", dispatcher.consumer()).increment();
        LOG.warnf("%s could not apply %s (%s-%d@%d), attempt %d; it is tried again in %d ms: %s",
                dispatcher.consumer(), type, record.topic(), record.partition(), record.offset(), attempt,
                backoff(attempt), e.toString());
        return false;
    }

    /** Pauses every partition and keeps polling (so the group keeps this member) until the backoff is over. */
    private void waitBeforeRetry(KafkaConsumer<String, String> kafka) {
        Set<TopicPartition> paused = kafka.assignment();
        kafka.pause(paused);
        long until = System.nanoTime() + Duration.ofMillis(backoff(failing.get())).toNanos();
        while (running() && System.nanoTime() < until) {
            kafka.poll(Duration.ofMillis(Math.min(200, Math.max(1, (until - System.nanoTime()) / 1_000_000))));
        }
        kafka.resume(kafka.assignment());
    }

    private ConsumerRebalanceListener rebalance(KafkaConsumer<String, String> kafka) {
        return new ConsumerRebalanceListener() {

            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                commit(kafka);
                applied.keySet().removeAll(partitions);
                assignment = Set.copyOf(kafka.assignment());
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                assignment = Set.copyOf(kafka.assignment());
                assignments.fire(describe(kafka, assignment));
            }
        };
    }

    private static Assignment describe(KafkaConsumer<String, String> kafka, Set<TopicPartition> held) {
        Map<String, Set<Integer>> partitions = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (TopicPartition p : held) {
            partitions.computeIfAbsent(p.topic(), t -> new java.util.TreeSet<>()).add(p.partition());
            counts.computeIfAbsent(p.topic(), t -> kafka.partitionsFor(t).size());
        }
        return new Assignment(partitions, counts);
    }

    private void commit(KafkaConsumer<String, String> kafka) {
        if (applied.isEmpty()) {
            return;
        }
        try {
            kafka.commitSync(Map.copyOf(applied), Duration.ofSeconds(10));
        } catch (WakeupException e) {
            kafka.commitSync(Map.copyOf(applied), Duration.ofSeconds(10));
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf("%s could not commit its offsets (the inbox ignores what comes again): %s",
                    dispatcher.consumer(), e.toString());
        }
    }

    private void count(String type, String outcome) {
        registry.counter("rungs.events.consumed", "consumer", dispatcher.consumer(), "type",
                type == null ? "none" : type, "outcome", outcome).increment();
    }

    @Override
    protected Properties properties() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, dispatcher.consumer());
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, dispatcher.consumer() + "-events");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // records a producer wrote in a Kafka transaction are read once it commits, and never if it aborts
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.consumer().maxPollRecords());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return p;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
