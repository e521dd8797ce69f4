package org.rungs.spine.events;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

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
 * Makes sure the platform topics (and this service's dead-letter topic) exist with their replay-friendly retention
 * before this service produces to or consumes from them. Every service does this at start; creating a topic that exists
 * is a no-op.
 */
@ApplicationScoped
public class TopicBootstrap {

    private static final Logger LOG = Logger.getLogger(TopicBootstrap.class);

    private final SpineConfig config;
    private final String bootstrapServers;
    private volatile boolean ensured;

    public TopicBootstrap(SpineConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.config = config;
        this.bootstrapServers = bootstrapServers;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        try {
            ensureTopics();
        } catch (RuntimeException e) {
            LOG.warnf("Platform topics not ensured at start (the outbox relay retries): %s", e.getMessage());
        }
    }

    /** The dead-letter topic of a consuming service: {@code <service-name>.dlq}. */
    public static String deadLetterTopic(String serviceName) {
        return serviceName + ".dlq";
    }

    /** Creates any missing platform topic and this service's dead-letter topic; throws if Kafka cannot be reached. */
    public void ensureTopics() {
        if (ensured) {
            return;
        }
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(AdminClientConfig.CLIENT_ID_CONFIG, config.serviceName() + "-topics");
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        try (Admin admin = Admin.create(p)) {
            List<NewTopic> wanted = new java.util.ArrayList<>(Arrays.stream(Topic.values())
                    .map(t -> new NewTopic(t.topicName(), config.topics().partitions(),
                            config.topics().replicationFactor())
                            .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG,
                                    Long.toString(config.topics().retentionMs()),
                                    TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)))
                    .toList());
            // this service's dead-letter topic, kept like the event topics so nothing dead-lettered is lost
            wanted.add(new NewTopic(deadLetterTopic(config.serviceName()), 1, config.topics().replicationFactor())
                    .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, Long.toString(config.topics().retentionMs()))));
            for (var result : admin.createTopics(wanted).values().entrySet()) {
                try {
                    result.getValue().get(15, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + result.getKey(), e.getCause());
                    }
                }
            }
            ensured = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer in time at " + bootstrapServers, e);
        }
    }
}
