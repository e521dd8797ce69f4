package org.rungs.reporting.replay;

/**
 * What a replay did: records read from the topics, events applied, records skipped (poison, or a record no retry could
 * apply; live consumption dead-lettered those already), and how long it took.
 */
public record ReplayResponse(long eventsRead, long eventsApplied, long skipped, long tookMs) {
}
