package org.rungs.spine.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.rungs.spine.config.SpineConfig;

import io.quarkus.runtime.StartupEvent;

/**
 * Creates the topics this service owns, and only those: the topics of the event types it produces (the catalog names
 * each topic's producer), with the partitions, replication and retention of {@code rungs.topics.*}, the one place they
 * are set. A consuming service also creates its dead-letter topic {@code <service>.dlq}. Creating a topic that exists
 * is a no-op.
 */
@ApplicationScoped
public class TopicBootstrap {

    private static final Logger LOG = Logger.getLogger(TopicBootstrap.class);

    private final SpineConfig config;
    private final String bootstrapServers;
    private volatile boolean ownEnsured;

    public TopicBootstrap(SpineConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.config = config;
        this.bootstrapServers = bootstrapServers;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        try {
            ensureOwnTopics();
        } catch (RuntimeException e) {
            LOG.warnf("Own topics not ensured at start (the outbox relay retries): %s", e.getMessage());
        }
    }

    /** The dead-letter topic of a consuming service: {@code <service-name>.dlq}. */
    public static String deadLetterTopic(String serviceName) {
        return serviceName + ".dlq";
    }

    /** The topics a service owns: those whose declared producer it is. */
    public static Set<String> ownedBy(String serviceName, Collection<EventType<?>> catalog) {
        return catalog.stream().map(EventType::topic).filter(t -> t.producer().equals(serviceName))
                .map(Topic::name).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Creates any missing topic this service owns; throws if Kafka cannot be reached. */
    public void ensureOwnTopics() {
        if (ownEnsured) {
            return;
        }
        List<NewTopic> wanted = new ArrayList<>();
        for (String topic : ownedBy(config.serviceName(), EventCatalog.get().all())) {
            wanted.add(new NewTopic(topic, config.topics().partitions(), config.topics().replicationFactor())
                    .configs(retention()));
        }
        create(wanted);
        ownEnsured = true;
    }

    /** Creates this service's dead-letter topic if missing, kept like the event topics so nothing in it is lost. */
    public void ensureDeadLetterTopic() {
        create(List.of(new NewTopic(deadLetterTopic(config.serviceName()), 1, config.topics().replicationFactor())
                .configs(retention())));
    }

    private Map<String, String> retention() {
        return Map.of(TopicConfig.RETENTION_MS_CONFIG, Long.toString(config.topics().retentionMs()),
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
    }

    private void create(List<NewTopic> wanted) {
        if (wanted.isEmpty()) {
            return;
        }
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(AdminClientConfig.CLIENT_ID_CONFIG, config.serviceName() + "-topics");
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        try (Admin admin = Admin.create(p)) {
            for (var result : admin.createTopics(wanted).values().entrySet()) {
                try {
                    result.getValue().get(15, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + result.getKey(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer in time at " + bootstrapServers, e);
        }
    }
}
