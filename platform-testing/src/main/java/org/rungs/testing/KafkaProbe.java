package org.rungs.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.rungs.spine.events.CloudEventHeaders;
import org.rungs.spine.events.EventType;

/** Test access to the real broker: send CloudEvents (or raw junk) and read what services published. */
public final class KafkaProbe {

    private final String bootstrapServers;
    private final Map<String, RecordMetadata> positions = new ConcurrentHashMap<>();
    private KafkaProducer<String, String> shared;

    public KafkaProbe(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    private Properties producerProperties() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return p;
    }

    /** Sends a CloudEvent with the given id and JSON data; returns the id. */
    public String send(EventType<?> type, String key, String id, String json) {
        sendRaw(new ProducerRecord<>(type.topic().name(), null, key, json, headers(type, key, id)));
        return id;
    }

    private static RecordHeaders headers(EventType<?> type, String key, String id) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.SPEC_VERSION, bytes("1.0"));
        headers.add(CloudEventHeaders.ID, bytes(id));
        headers.add(CloudEventHeaders.TYPE, bytes(type.name()));
        headers.add(CloudEventHeaders.SOURCE, bytes("test"));
        headers.add(CloudEventHeaders.SUBJECT, bytes(key));
        headers.add(CloudEventHeaders.TIME, bytes(Instant.now().toString()));
        headers.add(CloudEventHeaders.CONTENT_TYPE, bytes(CloudEventHeaders.JSON));
        return headers;
    }

    public String send(EventType<?> type, String key, String json) {
        return send(type, key, UUID.randomUUID().toString(), json);
    }

    /** A CloudEvent as a record (a fresh id), for a producer of the caller's own (one writing in a transaction). */
    public ProducerRecord<String, String> record(EventType<?> type, String key, String json) {
        return new ProducerRecord<>(type.topic().name(), null, key, json,
                headers(type, key, UUID.randomUUID().toString()));
    }

    /** Sends a CloudEvent without waiting for it; {@link #flush()} waits for every one sent so. */
    public String sendAsync(EventType<?> type, String key, String json) {
        String id = UUID.randomUUID().toString();
        shared().send(new ProducerRecord<>(type.topic().name(), null, key, json, headers(type, key, id)));
        return id;
    }

    /** Waits until Kafka has every record {@link #sendAsync} sent. */
    public synchronized void flush() {
        if (shared != null) {
            shared.flush();
        }
    }

    private synchronized KafkaProducer<String, String> shared() {
        if (shared == null) {
            shared = new KafkaProducer<>(producerProperties());
        }
        return shared;
    }

    public void sendRaw(ProducerRecord<String, String> record) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties())) {
            RecordMetadata sent = producer.send(record).get();
            Header id = record.headers().lastHeader(CloudEventHeaders.ID);
            if (id != null) {
                positions.put(new String(id.value(), StandardCharsets.UTF_8), sent);
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot send to " + record.topic(), e);
        }
    }

    /** Where an event sent with {@link #send} landed (its topic, partition and offset), if it was sent so. */
    public Optional<RecordMetadata> position(String eventId) {
        return Optional.ofNullable(positions.get(eventId));
    }

    /** Reads the topic from the start until a record matches, or fails after the timeout. */
    public ConsumerRecord<String, String> await(String topic, Predicate<ConsumerRecord<String, String>> match,
            Duration timeout) {
        List<ConsumerRecord<String, String>> found = readAll(topic, match, timeout, true);
        if (found.isEmpty()) {
            throw new AssertionError("no matching record on " + topic + " within " + timeout);
        }
        return found.get(0);
    }

    /** Every record of the topic that matches, read from the start for the given time. */
    public List<ConsumerRecord<String, String>> readAll(String topic, Predicate<ConsumerRecord<String, String>> match,
            Duration duration) {
        return readAll(topic, match, duration, false);
    }

    private List<ConsumerRecord<String, String>> readAll(String topic,
            Predicate<ConsumerRecord<String, String>> match, Duration duration, boolean stopAtFirst) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + duration.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (match.test(r)) {
                        found.add(r);
                        if (stopAtFirst) {
                            return found;
                        }
                    }
                }
            }
        }
        return found;
    }

    /**
     * Every record of the topic that matches, read from the start of each partition up to its end as it is when called:
     * a read bounded by offsets, not by time, so a test can assert that something was not published once it knows the
     * producer has published everything it was going to (its outbox is drained).
     */
    public List<ConsumerRecord<String, String>> readToEnd(String topic,
            Predicate<ConsumerRecord<String, String>> match) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            var infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos == null || infos.isEmpty()) {
                return found;
            }
            var partitions = infos.stream()
                    .map(i -> new org.apache.kafka.common.TopicPartition(topic, i.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic + " to its end");
                }
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    var tp = new org.apache.kafka.common.TopicPartition(r.topic(), r.partition());
                    if (r.offset() < end.get(tp) && match.test(r)) {
                        found.add(r);
                    }
                }
            }
        }
        found.sort(java.util.Comparator.<ConsumerRecord<String, String>>comparingInt(ConsumerRecord::partition)
                .thenComparingLong(ConsumerRecord::offset));
        return found;
    }

    /** How many records a topic has held in all (the sum of its partitions' end offsets); 0 if it does not exist. */
    public long size(String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            var partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
            if (partitions == null || partitions.isEmpty()) {
                return 0;
            }
            return consumer.endOffsets(partitions.stream()
                    .map(i -> new org.apache.kafka.common.TopicPartition(topic, i.partition())).toList(),
                    Duration.ofSeconds(10)).values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Whether a consumer group has applied every record of the partitions it is assigned: its committed offsets reach
     * the partitions' ends (a consuming service commits only what it applied). False while the group has no member.
     */
    public boolean caughtUp(String group) {
        Properties p = new Properties();
        p.put(org.apache.kafka.clients.admin.AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (var admin = org.apache.kafka.clients.admin.Admin.create(p)) {
            var description = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
            List<org.apache.kafka.common.TopicPartition> assigned = new ArrayList<>();
            description.members().forEach(m -> assigned.addAll(m.assignment().topicPartitions()));
            if (assigned.isEmpty()) {
                return false;
            }
            var committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            var ends = admin.listOffsets(assigned.stream().collect(java.util.stream.Collectors.toMap(tp -> tp,
                    tp -> org.apache.kafka.clients.admin.OffsetSpec.latest()))).all().get();
            for (var tp : assigned) {
                long end = ends.get(tp).offset();
                var offset = committed.get(tp);
                if (end > 0 && (offset == null || offset.offset() < end)) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            return false;
        }
    }

    public static String header(ConsumerRecord<String, String> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
