package org.rungs.reporting.replay;

/** What a replay did: records read from the topics, events applied, records skipped (poison), and how long. */
public record ReplayResponse(long eventsRead, long eventsApplied, long skipped, long tookMs) {
}
