package org.rungs.spine.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.rungs.spine.config.SpineConfig;
import org.rungs.spine.events.PoisonEventException;
import org.rungs.spine.events.TopicBootstrap;

/**
 * The service's dead-letter topic ({@code <service>.dlq}): where a poison record goes, as it was read (key, value and
 * headers), with why and where from in {@code dead-letter-reason}, {@code dead-letter-topic},
 * {@code dead-letter-partition} and {@code dead-letter-offset}. Only poison goes there: a failure that is not the
 * event's fault is retried.
 */
@ApplicationScoped
public class DeadLetters {

    public static final String REASON = "dead-letter-reason";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";

    private final String topic;
    private final String bootstrapServers;
    private final String clientId;
    private KafkaProducer<String, String> producer;

    public DeadLetters(SpineConfig config, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.topic = TopicBootstrap.deadLetterTopic(config.serviceName());
        this.bootstrapServers = bootstrapServers;
        this.clientId = config.serviceName() + "-dlq";
    }

    public String topic() {
        return topic;
    }

    /** Sends a poison record to the dead-letter topic and waits until Kafka has it. */
    public synchronized void send(ConsumerRecord<String, String> record, PoisonEventException poison)
            throws InterruptedException, ExecutionException, TimeoutException {
        RecordHeaders headers = new RecordHeaders();
        record.headers().forEach(h -> headers.add(h.key(), h.value()));
        headers.add(REASON, bytes(poison.getMessage()));
        headers.add(TOPIC, bytes(record.topic()));
        headers.add(PARTITION, bytes(Integer.toString(record.partition())));
        headers.add(OFFSET, bytes(Long.toString(record.offset())));
        producer().send(new ProducerRecord<>(topic, null, record.key(), record.value(), headers))
                .get(30, TimeUnit.SECONDS);
    }

    private KafkaProducer<String, String> producer() {
        if (producer == null) {
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
            p.put(ProducerConfig.ACKS_CONFIG, "all");
            p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
            p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
            p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
            p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            producer = new KafkaProducer<>(p);
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
            producer = null;
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
