package org.rungs.reporting.replay;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.rungs.reporting.config.ReportingConfig;
import org.rungs.reporting.messaging.Consumers;
import org.rungs.spine.events.Topic;
import org.rungs.spine.inbox.EventDispatcher;
import org.rungs.spine.inbox.Inbox;
import org.rungs.spine.problem.ProblemException;
import org.rungs.spine.problem.ProblemTypes;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Rebuilds the read models from the topics, which keep every event. In one transaction it clears the read models and
 * forgets the events reporting-service applied; then it notes where each partition ends and passes every record from
 * the start up to that end through the same dispatcher and handlers as live consumption. Poison is counted and skipped
 * (live consumption dead-lettered it already).
 * <p>
 * Live consumption keeps going meanwhile. An event both apply counts once (the inbox), and since every handler upserts
 * by aggregate id and skills, matches and consent decisions join to participants only at query time, the order in which
 * the two see events does not matter. Ends are noted after the clear, so every event applied before it is replayed.
 * <p>
 * One replay runs at a time across every instance of the service: a replay holds a PostgreSQL advisory lock on
 * {@link #LOCK} for its whole run (released with its database session, also when the process dies).
 */
@ApplicationScoped
public class ReplayService {

    private static final Logger LOG = Logger.getLogger(ReplayService.class);
    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration POLL = Duration.ofMillis(200);
    private static final List<String> READ_MODELS = List.of("participant_fact", "consent_fact", "skill_fact",
            "employer_fact", "vacancy_fact", "program_fact", "match_fact");

    private final EventDispatcher dispatcher;
    private final Inbox inbox;
    private final EntityManager em;
    private final ReportingConfig config;
    private final String bootstrapServers;
    private final AgroalDataSource dataSource;

    /** The advisory lock a running replay holds: {@code pg_advisory_lock(hashtext(LOCK))}. */
    static final String LOCK = "reporting.replay";

    public ReplayService(EventDispatcher dispatcher, Inbox inbox, EntityManager em, ReportingConfig config,
            AgroalDataSource dataSource, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.dataSource = dataSource;
        this.dispatcher = dispatcher;
        this.inbox = inbox;
        this.em = em;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
    }

    /** Runs one replay; a second one asked for while one runs, on any instance, is refused (409). */
    public ReplayResponse replay() {
        try (Connection lockSession = dataSource.getConnection()) {
            if (!advisoryLock(lockSession, "pg_try_advisory_lock")) {
                throw ProblemException.conflict("A replay is already running");
            }
            try {
                return run();
            } finally {
                advisoryLock(lockSession, "pg_advisory_unlock");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the replay lock", e);
        }
    }

    private static boolean advisoryLock(Connection session, String function) throws SQLException {
        try (PreparedStatement ps = session.prepareStatement("select " + function + "(hashtext(?))")) {
            ps.setString(1, LOCK);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private ReplayResponse run() {
        long started = System.nanoTime();
        long deadline = started + config.replay().timeout().toNanos();
        Progress progress = new Progress();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties())) {
            // find the partitions first: if Kafka cannot be reached, nothing has been cleared yet
            List<TopicPartition> partitions = partitions(consumer);
            QuarkusTransaction.requiringNew().run(this::clear);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, KAFKA_TIMEOUT);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Set<TopicPartition> reading = new HashSet<>(partitions);
            while (!reading.isEmpty()) {
                finished(consumer, reading, end).forEach(reading::remove);
                if (!reading.isEmpty() && System.nanoTime() > deadline) {
                    throw unavailable("The replay ran out of time (rungs.reporting.replay.timeout) after "
                            + progress.read + " records");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        progress.apply(record);
                    }
                }
            }
        } catch (KafkaException e) {
            LOG.errorf(e, "Replay stopped after %d records", progress.read);
            throw unavailable("Kafka could not be read (" + e.getMessage() + "); the replay stopped after "
                    + progress.read + " records");
        }
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        LOG.infof("Replay rebuilt the read models: %d records read, %d applied, %d skipped in %d ms", progress.read,
                progress.applied, progress.skipped, tookMs);
        return new ReplayResponse(progress.read, progress.applied, progress.skipped, tookMs);
    }

    /**
     * Clears the read models, then forgets what was applied, in this order: an event a live consumer commits between
     * the two statements keeps its row and is applied again (an upsert), rather than losing its row and being skipped.
     */
    private void clear() {
        for (String table : READ_MODELS) {
            em.createNativeQuery("delete from " + table).executeUpdate();
        }
        inbox.forget(Consumers.REPORTING);
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (Topic topic : Topic.values()) {
            consumer.partitionsFor(topic.topicName(), KAFKA_TIMEOUT)
                    .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        return partitions;
    }

    /** Partitions still being read that reached their noted end; they are paused so no later record is fetched. */
    private static List<TopicPartition> finished(KafkaConsumer<String, String> consumer, Set<TopicPartition> reading,
            Map<TopicPartition, Long> end) {
        List<TopicPartition> done = reading.stream()
                .filter(p -> consumer.position(p, KAFKA_TIMEOUT) >= end.get(p))
                .toList();
        consumer.pause(done);
        return done;
    }

    private static ProblemException unavailable(String detail) {
        return new ProblemException(503, ProblemTypes.HTTP, "Service Unavailable",
                detail + "; the read models are incomplete until a replay completes", List.of());
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, Consumers.REPORTING + "-replay");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        p.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) KAFKA_TIMEOUT.toMillis());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return p;
    }

    /** What the replay did so far. */
    private final class Progress {

        long read;
        long applied;
        long skipped;

        void apply(ConsumerRecord<String, String> record) {
            read++;
            try {
                if (dispatcher.dispatch(Consumers.REPORTING, record) == EventDispatcher.Outcome.APPLIED) {
                    applied++;
                }
            } catch (RuntimeException e) {
                // poison (or a record no retry could apply): live consumption dead-lettered it already
                skipped++;
            }
        }
    }
}
