package org.rungs.spine.messaging;

import java.time.Duration;
import java.util.Properties;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.jboss.logging.Logger;

/**
 * A Kafka consumer on its own thread that keeps reading until the service stops: a consumer that fails is closed and a
 * new one made after a pause that doubles from 100 ms up to the most allowed. Subclasses say how to make the consumer
 * and what to read with it; they pause a failing record (or batch) for {@link #backoff(int)}.
 */
public abstract class ConsumerLoop {

    private static final Logger LOG = Logger.getLogger(ConsumerLoop.class);
    static final long FIRST_BACKOFF_MS = 100;

    private final String name;
    private final Duration maxBackoff;
    private volatile boolean running;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile long restartBackoff = FIRST_BACKOFF_MS;
    private Thread thread;

    /** For the container's client proxies only. */
    protected ConsumerLoop() {
        this("proxy", Duration.ZERO);
    }

    protected ConsumerLoop(String name, Duration maxBackoff) {
        this.name = name;
        this.maxBackoff = maxBackoff;
    }

    /** The consumer's settings. */
    protected abstract Properties properties();

    /** Reads with a new consumer until {@link #running()} turns false; throws to have it replaced after a pause. */
    protected abstract void read(KafkaConsumer<String, String> consumer);

    /** After each consumer is closed (failed or stopped). */
    protected void closed() {
    }

    protected final void startLoop() {
        running = true;
        thread = new Thread(this::run, name);
        thread.start();
    }

    protected final void stopLoop() throws InterruptedException {
        running = false;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            thread.join(15_000);
        }
    }

    /** Whether the loop reads (it retries failures while it does). */
    public boolean isRunning() {
        return running && thread != null && thread.isAlive();
    }

    protected final boolean running() {
        return running;
    }

    /** The consumer connected and reads: the next failure of the consumer pauses from the start again. */
    protected final void connected() {
        restartBackoff = FIRST_BACKOFF_MS;
    }

    /** The pause before trying again what failed this many times in a row: doubling from 100 ms, up to the most. */
    protected final long backoff(int attempt) {
        long max = maxBackoff.toMillis();
        return attempt >= 20 ? max : Math.min(max, FIRST_BACKOFF_MS << Math.max(0, attempt - 1));
    }

    protected static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (running) {
            try (KafkaConsumer<String, String> created = new KafkaConsumer<>(properties())) {
                consumer = created;
                read(created);
            } catch (WakeupException e) {
                // shutting down
            } catch (RuntimeException e) {
                if (running) {
                    long wait = restartBackoff;
                    LOG.warnf("%s stopped (restarting in %d ms): %s", name, wait, e.toString());
                    pause(wait);
                    restartBackoff = Math.min(wait * 2, maxBackoff.toMillis());
                }
            } finally {
                consumer = null;
                closed();
            }
        }
    }
}
