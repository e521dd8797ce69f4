package org.rungs.reporting.replay.api;

import java.time.Instant;
import java.util.UUID;

import org.rungs.reporting.replay.domain.Replay;

/**
 * A rebuild of the read models: {@code running}, {@code completed} or {@code failed} (then {@code detail} says why; the
 * read models stay as they were). While it runs, {@code eventsRead} of {@code eventsTotal} (which grows as events keep
 * arriving) says how far it has come; {@code skipped} counts poison it passed over.
 */
public record ReplayResponse(UUID id, String status, String requestedBy, Instant startedAt, Instant finishedAt,
        long eventsTotal, long eventsRead, long eventsApplied, long skipped, long tookMs, String detail) {

    static ReplayResponse of(Replay r, Instant now) {
        return new ReplayResponse(r.id(), r.status().wire(), r.requestedBy(), r.startedAt(), r.finishedAt(),
                r.eventsTotal(), r.eventsRead(), r.eventsApplied(), r.skipped(), r.took(now).toMillis(), r.detail());
    }
}
