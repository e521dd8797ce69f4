package org.rungs.reporting.replay.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A rebuild of the read models from the topics, run in the background: it reads every event into new tables and, when
 * it has read them all, swaps the new tables in at once, so readers never see partial counts. Its progress is kept here
 * as it goes.
 */
@Entity
@Table(name = "replay")
public class Replay {

    public enum Status {

        RUNNING, COMPLETED, FAILED;

        public String wire() {
            return name().toLowerCase();
        }
    }

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "requested_by", nullable = false)
    private String requestedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "events_total", nullable = false)
    private long eventsTotal;

    @Column(name = "events_read", nullable = false)
    private long eventsRead;

    @Column(name = "events_applied", nullable = false)
    private long eventsApplied;

    @Column(nullable = false)
    private long skipped;

    private String detail;

    @Version
    private int version;

    protected Replay() {
    }

    public static Replay start(String requestedBy, Instant now) {
        Replay r = new Replay();
        r.id = UUID.randomUUID();
        r.status = Status.RUNNING;
        r.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        r.startedAt = now;
        return r;
    }

    /** How far it has come: records read of the total known, events applied, records skipped (poison). */
    public void progress(long total, long read, long applied, long skipped) {
        requireRunning();
        this.eventsTotal = Math.max(total, read);
        this.eventsRead = read;
        this.eventsApplied = applied;
        this.skipped = skipped;
    }

    /** The new tables are in place. */
    public void complete(Instant now) {
        requireRunning();
        status = Status.COMPLETED;
        eventsTotal = eventsRead;
        finishedAt = now;
    }

    /** It stopped; the read models are as they were before it. */
    public void fail(String why, Instant now) {
        requireRunning();
        status = Status.FAILED;
        detail = why;
        finishedAt = now;
    }

    private void requireRunning() {
        if (status != Status.RUNNING) {
            throw new IllegalStateException("replay " + id + " is " + status.wire());
        }
    }

    public UUID id() {
        return id;
    }

    public Status status() {
        return status;
    }

    public String requestedBy() {
        return requestedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public long eventsTotal() {
        return eventsTotal;
    }

    public long eventsRead() {
        return eventsRead;
    }

    public long eventsApplied() {
        return eventsApplied;
    }

    public long skipped() {
        return skipped;
    }

    public String detail() {
        return detail;
    }

    /** How long it ran, or has run until {@code now}. */
    public Duration took(Instant now) {
        return Duration.between(startedAt, finishedAt == null ? now : finishedAt);
    }
}
