package org.rungs.reporting.replay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.rungs.reporting.messaging.PlatformEventsConsumer;
import org.rungs.spine.events.Topic;
import org.rungs.spine.inbox.EventDispatcher;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Rebuilds the read models from the topics, which keep every event. It clears the read models and forgets what the
 * consumer processed (one transaction), notes each partition's end, and passes every record from the start to that end
 * through the same dispatcher and handlers as live consumption. Live consumption keeps going; the inbox makes an event
 * that both apply count once.
 */
@ApplicationScoped
public class ReplayService {

    private static final Logger LOG = Logger.getLogger(ReplayService.class);

    private final EventDispatcher dispatcher;
    private final EntityManager em;
    private final String bootstrapServers;

    public ReplayService(EventDispatcher dispatcher, EntityManager em,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.dispatcher = dispatcher;
        this.em = em;
        this.bootstrapServers = bootstrapServers;
    }

    public synchronized ReplayResponse replay() {
        long started = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("truncate participant_fact, skill_fact, employer_fact, vacancy_fact, program_fact, "
                    + "match_fact").executeUpdate();
            em.createNativeQuery("delete from processed_event where consumer = ?1")
                    .setParameter(1, PlatformEventsConsumer.CONSUMER).executeUpdate();
        });
        long read = 0;
        long applied = 0;
        long skipped = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : Arrays.stream(Topic.values()).map(Topic::topicName).toList()) {
                consumer.partitionsFor(topic, Duration.ofSeconds(10))
                        .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= end.get(tp)) {
                        continue;
                    }
                    read++;
                    try {
                        if (dispatcher.dispatch(PlatformEventsConsumer.CONSUMER,
                                record) == EventDispatcher.Outcome.APPLIED) {
                            applied++;
                        }
                    } catch (RuntimeException e) {
                        skipped++;
                    }
                }
            }
        }
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        LOG.infof("Replay rebuilt the read models: %d records read, %d applied, %d skipped in %d ms", read, applied,
                skipped, tookMs);
        return new ReplayResponse(read, applied, skipped, tookMs);
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "reporting-service-replay");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return p;
    }
}
