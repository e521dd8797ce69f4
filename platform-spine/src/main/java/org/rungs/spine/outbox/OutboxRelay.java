package org.rungs.spine.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.rungs.spine.config.SpineConfig;
import org.rungs.spine.events.CloudEventHeaders;
import org.rungs.spine.events.EventCatalog;
import org.rungs.spine.events.TopicBootstrap;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Publishes the outbox to Kafka as CloudEvents (binary mode), in commit order, with an idempotent producer
 * ({@code acks=all}). It is woken right after each commit and also polls, so events left unpublished by a crash are
 * sent when the service comes back. Rows are marked published only after Kafka acknowledged them, so an event may be
 * sent twice after a crash but is never lost; consumers deduplicate on {@code ce_id}.
 * <p>
 * A transaction-scoped advisory lock lets only one instance of a service publish at a time, which keeps the order when
 * several instances run.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final AgroalDataSource dataSource;
    private final SpineConfig config;
    private final TopicBootstrap topics;
    private final String bootstrapServers;
    private final Semaphore signal = new Semaphore(0);
    private final Counter published;
    private final Timer lag;
    private volatile boolean running;
    private Thread thread;
    private KafkaProducer<String, String> producer;

    public OutboxRelay(AgroalDataSource dataSource, SpineConfig config, TopicBootstrap topics,
            MeterRegistry registry, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.dataSource = dataSource;
        this.config = config;
        this.topics = topics;
        this.bootstrapServers = bootstrapServers;
        this.published = Counter.builder("rungs.outbox.published").description("Events published from the outbox")
                .register(registry);
        this.lag = Timer.builder("rungs.outbox.lag").description("Time from commit to Kafka acknowledgement")
                .publishPercentiles(0.5, 0.99).register(registry);
    }

    void start(@Observes StartupEvent event) {
        if (!config.outbox().enabled()) {
            LOG.info("Outbox relay disabled on this instance");
            return;
        }
        if (TopicBootstrap.ownedBy(config.serviceName(), EventCatalog.get().all()).isEmpty()) {
            LOG.infof("%s owns no topic and publishes no event: no outbox relay", config.serviceName());
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            signal.release();
            thread.join(5_000);
        }
    }

    /** Called after a transaction that wrote to the outbox commits. */
    public void wake() {
        if (signal.availablePermits() == 0) {
            signal.release();
        }
    }

    /** Deletes rows published longer ago than {@code rungs.outbox.keep-published}. */
    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgePublished() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "delete from outbox_event where published_at < ?")) {
            ps.setObject(1, OffsetDateTime.now().minus(config.outbox().keepPublished()));
            ps.executeUpdate();
        }
    }

    private void run() {
        long backoffMs = 100;
        while (running) {
            try {
                if (producer == null) {
                    topics.ensureOwnTopics();
                    producer = createProducer();
                }
                while (running && publishBatch() == config.outbox().batchSize()) {
                    // keep draining while full batches come back
                }
                backoffMs = 100;
                signal.tryAcquire(config.outbox().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                signal.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.warnf("Outbox relay could not publish (retrying in %d ms): %s", backoffMs, e.toString());
                closeProducer();
                sleep(backoffMs);
                backoffMs = Math.min(backoffMs * 2, 5_000);
            }
        }
        closeProducer();
    }

    /** Publishes up to one batch; returns how many events it published. */
    int publishBatch() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (!tryLock(c)) {
                    c.rollback();
                    return 0;
                }
                List<Row> rows = load(c);
                if (rows.isEmpty()) {
                    c.commit();
                    return 0;
                }
                List<Future<RecordMetadata>> sends = new ArrayList<>(rows.size());
                for (Row row : rows) {
                    sends.add(producer.send(toRecord(row)));
                }
                producer.flush();
                for (Future<RecordMetadata> send : sends) {
                    send.get(30, TimeUnit.SECONDS);
                }
                markPublished(c, rows);
                c.commit();
                Instant now = Instant.now();
                for (Row row : rows) {
                    lag.record(Duration.between(row.occurredAt(), now));
                }
                published.increment(rows.size());
                return rows.size();
            } catch (Exception e) {
                c.rollback();
                throw e;
            }
        }
    }

    private boolean tryLock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select pg_try_advisory_xact_lock(hashtext(current_schema() || '.outbox_event'))");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    private List<Row> load(Connection c) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select id, event_type, topic, aggregate_id, occurred_at, payload
                from outbox_event where published_at is null order by seq limit ?""")) {
            ps.setInt(1, config.outbox().batchSize());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6)));
                }
            }
        }
        return rows;
    }

    private void markPublished(Connection c, List<Row> rows) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update outbox_event set published_at = now() where id = any(?)")) {
            Array ids = c.createArrayOf("uuid", rows.stream().map(Row::id).toArray());
            ps.setArray(1, ids);
            ps.executeUpdate();
        }
    }

    private ProducerRecord<String, String> toRecord(Row row) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.SPEC_VERSION, bytes(CloudEventHeaders.SPEC_VERSION_1_0));
        headers.add(CloudEventHeaders.ID, bytes(row.id().toString()));
        headers.add(CloudEventHeaders.TYPE, bytes(row.type()));
        headers.add(CloudEventHeaders.SOURCE, bytes(config.serviceName()));
        headers.add(CloudEventHeaders.SUBJECT, bytes(row.aggregateId()));
        headers.add(CloudEventHeaders.TIME, bytes(row.occurredAt().toString()));
        headers.add(CloudEventHeaders.CONTENT_TYPE, bytes(CloudEventHeaders.JSON));
        return new ProducerRecord<>(row.topic(), null, row.aggregateId(), row.payload(), headers);
    }

    private KafkaProducer<String, String> createProducer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, config.serviceName() + "-outbox");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(p);
    }

    private void closeProducer() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
            producer = null;
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private record Row(UUID id, String type, String topic, String aggregateId, Instant occurredAt, String payload) {
    }
}
