package org.rungs.spine.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.rungs.spine.config.SpineConfig;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * The processed-events table: records that a consumer applied an event, in the consumer's own transaction. Rows are
 * purged once they are older than {@link InboxRetention} allows: longer than the topics keep events, so no event can
 * come back after its row is gone.
 */
@ApplicationScoped
public class Inbox {

    private static final Logger LOG = Logger.getLogger(Inbox.class);
    private static final int PURGE_BATCH = 10_000;

    private final EntityManager em;
    private final Clock clock;
    private final Optional<Duration> retention;

    public Inbox(EntityManager em, Clock clock, SpineConfig config) {
        this.em = em;
        this.clock = clock;
        this.retention = InboxRetention.of(config.inbox().retention(), config.topics().retentionMs());
    }

    void onStart(@Observes StartupEvent event) {
        LOG.infof("Inbox rows are %s", retention.map(r -> "kept " + r + " (rungs.inbox.retention)")
                .orElse("kept as long as the topics keep their events: forever"));
    }

    /** @return true the first time this consumer sees the event id, false on a redelivery */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        return em.createNativeQuery(
                "insert into processed_event (consumer, event_id) values (?1, ?2) on conflict do nothing")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate() == 1;
    }

    /** Deletes the rows older than the retention, in batches; returns how many. */
    public long purge() {
        if (retention.isEmpty()) {
            return 0;
        }
        Instant before = clock.instant().minus(retention.get());
        long purged = 0;
        int deleted;
        do {
            deleted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                    delete from processed_event where ctid in
                        (select ctid from processed_event where processed_at < ?1 limit ?2)""")
                    .setParameter(1, before)
                    .setParameter(2, PURGE_BATCH)
                    .executeUpdate());
            purged += deleted;
        } while (deleted == PURGE_BATCH);
        return purged;
    }

    @Scheduled(every = "1h", delayed = "15m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        long purged = purge();
        if (purged > 0) {
            LOG.infof("Purged %d inbox rows older than %s", purged, retention.orElseThrow());
        }
    }
}
