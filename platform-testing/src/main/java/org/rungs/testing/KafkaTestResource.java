package org.rungs.testing;

import java.util.Map;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts one real Kafka broker (KRaft, combined broker and controller, from Kafka's own test kit) per test JVM and
 * points the service at it.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    private static KafkaClusterTestKit cluster;

    public static synchronized String bootstrapServers() {
        if (cluster == null) {
            // The broker runs inside the test JVM: a fault Kafka would end its process for (exit or halt) is written
            // down instead, so it cannot take the test JVM's exit status with it.
            Exit.setExitProcedure((status, message) -> fault("exit", status, message));
            Exit.setHaltProcedure((status, message) -> fault("halt", status, message));
            try {
                KafkaClusterTestKit kit = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .build())
                        .setConfigProp("auto.create.topics.enable", "true")
                        .setConfigProp("offsets.topic.replication.factor", "1")
                        .setConfigProp("transaction.state.log.replication.factor", "1")
                        .setConfigProp("transaction.state.log.min.isr", "1")
                        .setConfigProp("group.initial.rebalance.delay.ms", "0")
                        .build();
                kit.format();
                kit.startup();
                kit.waitForReadyBrokers();
                cluster = kit;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        kit.close();
                    } catch (Exception e) {
                        // JVM is exiting
                    }
                }, "kafka-stop"));
            } catch (Exception e) {
                throw new IllegalStateException("cannot start Kafka", e);
            }
        }
        return cluster.bootstrapServers();
    }

    /** Writes down, in target/kafka-faults.log, a fault for which Kafka would have ended the process. */
    private static void fault(String what, int status, String message) {
        String line = java.time.Instant.now() + " the test broker asked to " + what + " with status " + status + ": "
                + message + System.lineSeparator();
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("target", "kafka-faults.log"), line,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (java.io.IOException e) {
            System.err.print(line);
        }
    }

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", bootstrapServers());
    }

    @Override
    public void stop() {
        // kept for the JVM's lifetime; see the shutdown hook
    }
}
