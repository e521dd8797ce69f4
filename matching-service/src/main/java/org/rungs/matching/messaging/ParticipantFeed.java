package org.rungs.matching.messaging;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.rungs.contracts.participant.BarriersChanged;
import org.rungs.contracts.participant.ConsentChanged;
import org.rungs.contracts.participant.ParticipantEnrolled;
import org.rungs.contracts.participant.ParticipantEvents;
import org.rungs.contracts.participant.PlanChanged;
import org.rungs.contracts.participant.SkillAttained;
import org.rungs.matching.index.application.CandidateIndex;
import org.rungs.matching.match.application.MatchingConfig;
import org.rungs.matching.match.application.ParticipantFact;
import org.rungs.matching.match.application.Reevaluate;
import org.rungs.matching.participant.domain.ParticipantCopies;
import org.rungs.matching.pathway.application.PlanPathway;
import org.rungs.spine.config.SpineConfig;
import org.rungs.spine.events.EventEnvelope;
import org.rungs.spine.events.EventReader;
import org.rungs.spine.events.EventType;
import org.rungs.spine.events.PoisonEventException;
import org.rungs.spine.messaging.ConsumerLoop;
import org.rungs.spine.messaging.DeadLetters;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The participant feed: every matching-service instance reads every partition of {@code rungs.participant} (no consumer
 * group), because each one's candidate index must hold every consenting participant. At start the index is rebuilt from
 * the participant copy in PostgreSQL, then the feed reads on from the positions that copy reflects. A poll's records
 * are applied in one transaction ({@link Reevaluate#apply}), the new positions with them.
 * <ul>
 * <li>Poison goes to the dead-letter topic and the feed moves on.</li>
 * <li>Any other failure (database down, out of memory, a fault) is not the event's fault: the batch is read again from
 * where it started, after a growing pause, until it applies. Nothing is skipped or dead-lettered. The candidate index
 * kept what the failed reading changed, so the skills read again (and those of the first batch after a start, which the
 * copy may hold already) are weighed as if held for the first time.</li>
 * </ul>
 */
@ApplicationScoped
public class ParticipantFeed extends ConsumerLoop {

    private static final Logger LOG = Logger.getLogger(ParticipantFeed.class);
    private static final String TOPIC = ParticipantEvents.PARTICIPANTS.name();
    private static final Map<String, EventType<?>> TYPES = Map.of(
            ParticipantEvents.PARTICIPANT_ENROLLED.name(), ParticipantEvents.PARTICIPANT_ENROLLED,
            ParticipantEvents.CONSENT_CHANGED.name(), ParticipantEvents.CONSENT_CHANGED,
            ParticipantEvents.SKILL_ATTAINED.name(), ParticipantEvents.SKILL_ATTAINED,
            ParticipantEvents.BARRIERS_CHANGED.name(), ParticipantEvents.BARRIERS_CHANGED,
            ParticipantEvents.PLAN_CHANGED.name(), ParticipantEvents.PLAN_CHANGED);

    private final CandidateIndex index;
    private final ParticipantCopies copies;
    private final Reevaluate reevaluate;
    private final PlanPathway planPathway;
    private final EventReader reader;
    private final DeadLetters deadLetters;
    private final SpineConfig spine;
    private final MatchingConfig config;
    private final String bootstrapServers;
    private final AtomicInteger failing = new AtomicInteger();
    private final Counter applied;
    private final io.micrometer.core.instrument.DistributionSummary batches;
    private final Counter deadLettered;
    private final Map<Integer, Long> deadLetteredThrough = new HashMap<>();
    /** Per partition, the last offset that may be read again: skills up to it are weighed as if held first. */
    private final Map<Integer, Long> againThrough = new HashMap<>();
    private volatile Map<Integer, Long> positions = Map.of();
    private volatile boolean outOfMemory;

    public ParticipantFeed(CandidateIndex index, ParticipantCopies copies, Reevaluate reevaluate,
            PlanPathway planPathway, EventReader reader,
            DeadLetters deadLetters, SpineConfig spine, MatchingConfig config, MeterRegistry registry,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        super("participant-feed", spine.consumer().maxBackoff());
        this.index = index;
        this.copies = copies;
        this.reevaluate = reevaluate;
        this.planPathway = planPathway;
        this.reader = reader;
        this.deadLetters = deadLetters;
        this.spine = spine;
        this.config = config;
        this.bootstrapServers = bootstrapServers;
        this.applied = registry.counter("rungs.feed.applied", "topic", TOPIC);
        this.batches = io.micrometer.core.instrument.DistributionSummary.builder("rungs.feed.batch")
                .description("Events applied in one transaction of the participant feed").tag("topic", TOPIC)
                .register(registry);
        this.deadLettered = registry.counter("rungs.feed.dead.lettered", "topic", TOPIC);
        registry.gauge("rungs.feed.failing", failing);
    }

    /** Rebuilds the index before the service takes any event or request, then starts reading. */
    void start(@Observes @Priority(Interceptor.Priority.LIBRARY_BEFORE) StartupEvent event) {
        positions = Map.copyOf(index.rebuild(copies, TOPIC));
        // the batch in flight when the service stopped may have written its skills on the side: the copy, and so the
        // index, may hold the skills of up to one batch past each position
        positions.forEach((partition, next) -> againThrough.put(partition, next + config.feedBatch() - 1));
        startLoop();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        stopLoop();
    }

    /** A batch failed for want of memory: this instance cannot serve until it restarts. */
    public boolean isOutOfMemory() {
        return outOfMemory;
    }

    /** How many times in a row the batch at hand failed (0 when the feed keeps up). */
    public int failingAttempts() {
        return failing.get();
    }

    /** Partition to the offset of the next event this instance applies. */
    public Map<Integer, Long> positions() {
        return positions;
    }

    @Override
    protected void read(KafkaConsumer<String, String> kafka) {
        List<TopicPartition> partitions = partitions(kafka);
        if (partitions.isEmpty()) {
            throw new IllegalStateException(TOPIC + " does not exist yet");
        }
        kafka.assign(partitions);
        for (TopicPartition p : partitions) {
            Long next = positions.get(p.partition());
            if (next == null) {
                kafka.seekToBeginning(List.of(p));
            } else {
                kafka.seek(p, next);
            }
        }
        LOG.infof("The participant feed reads %d partitions of %s from %s", partitions.size(), TOPIC, positions);
        connected();
        while (running()) {
            pollOnce(kafka);
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> kafka) {
        List<PartitionInfo> infos = kafka.partitionsFor(TOPIC, Duration.ofSeconds(10));
        return infos == null
                ? List.of()
                : infos.stream().map(i -> new TopicPartition(TOPIC, i.partition())).toList();
    }

    private void pollOnce(KafkaConsumer<String, String> kafka) {
        ConsumerRecords<String, String> records = kafka.poll(Duration.ofMillis(500));
        if (records.isEmpty()) {
            return;
        }
        List<ParticipantFact> facts = new ArrayList<>(records.count());
        Map<Integer, Long> next = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            read(record).ifPresent(facts::add);
            next.put(record.partition(), record.offset() + 1);
        }
        try {
            reevaluate.apply(facts, TOPIC, next);
            planPathway.participantsChanged(facts.stream().map(ParticipantFact::participantId).distinct().toList());
            planPathway.goalsSet(facts.stream().filter(f -> f instanceof ParticipantFact.Goal g && g.active())
                    .map(f -> (ParticipantFact.Goal) f)
                    .map(g -> new PlanPathway.Goal(g.participantId(), g.ladderId(), g.rungId())).toList());
        } catch (Throwable e) { // not the events' fault: out of memory included
            retryLater(kafka, records, e);
            return;
        }
        Map<Integer, Long> moved = new HashMap<>(positions);
        moved.putAll(next);
        positions = Map.copyOf(moved);
        applied.increment(facts.size());
        batches.record(facts.size());
        failing.set(0);
    }

    private Optional<ParticipantFact> read(ConsumerRecord<String, String> record) {
        try {
            return reader.read(record, TYPES).map(event -> fact(event, record.offset(),
                    record.offset() <= againThrough.getOrDefault(record.partition(), -1L)));
        } catch (PoisonEventException poison) {
            deadLetter(record, poison);
            return Optional.empty();
        }
    }

    private static ParticipantFact fact(EventEnvelope<?> event, long offset, boolean again) {
        return switch (event.data()) {
            case ParticipantEnrolled e -> new ParticipantFact.Enrolled(e.participantId(), e.partnerAgency(),
                    e.consentToShare(), e.currentHourlyWage(), e.workShift(),
                    e.barriers() == null ? List.of() : e.barriers(), offset, e.enrolledAt());
            case BarriersChanged b -> new ParticipantFact.Barriers(b.participantId(), b.barriers(), offset,
                    b.changedAt());
            case ConsentChanged c -> new ParticipantFact.Consent(c.participantId(), c.shareWithEmployers(),
                    c.skills(), offset, c.changedAt());
            case SkillAttained s -> new ParticipantFact.Attained(s.participantId(), s.elementId(), s.level(), offset,
                    s.attainedAt(), again);
            case PlanChanged p -> new ParticipantFact.Goal(p.participantId(), p.goalLadderId(), p.goalRungId(),
                    "active".equals(p.status()), offset, p.changedAt());
            default -> throw new IllegalStateException("the feed reads no " + event.type().name());
        };
    }

    /** Dead-letters a poison record once, however often its batch is read again. */
    private void deadLetter(ConsumerRecord<String, String> record, PoisonEventException poison) {
        if (deadLetteredThrough.getOrDefault(record.partition(), -1L) >= record.offset()) {
            return;
        }
        try {
            deadLetters.send(record, poison);
        } catch (Exception e) {
            throw new IllegalStateException("the dead-letter topic cannot be reached", e);
        }
        deadLetteredThrough.put(record.partition(), record.offset());
        deadLettered.increment();
        LOG.warnf("The participant feed dead-letters %s-%d@%d to %s: %s", record.topic(), record.partition(),
                record.offset(), deadLetters.topic(), poison.getMessage());
    }

    private void retryLater(KafkaConsumer<String, String> kafka, ConsumerRecords<String, String> records,
            Throwable e) {
        if (e instanceof OutOfMemoryError) {
            outOfMemory = true;
        }
        int attempt = failing.incrementAndGet();
        long wait = backoff(attempt);
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        LOG.warnf("The participant feed could not apply %d records, attempt %d; they are read again in %d ms: %s",
                records.count(), attempt, wait, cause == e ? e.toString() : e + ", caused by " + cause);
        for (TopicPartition p : records.partitions()) {
            List<ConsumerRecord<String, String>> read = records.records(p);
            kafka.seek(p, read.get(0).offset());
            againThrough.merge(p.partition(), read.get(read.size() - 1).offset(), Math::max);
        }
        pause(wait);
    }

    @Override
    protected Properties properties() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, spine.serviceName() + "-participant-feed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // records a producer wrote in a Kafka transaction are applied once it commits, and never if it aborts
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, config.feedBatch());
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 8 << 20);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return p;
    }
}
