package org.rungs.spine.events;

import java.time.Instant;

/**
 * An event as it travels: the CloudEvents attributes and the typed data.
 *
 * @param id
 *            unique event id ({@code ce_id}); consumers deduplicate on it
 * @param type
 *            the declared type ({@code ce_type})
 * @param source
 *            the producing service ({@code ce_source})
 * @param subject
 *            the aggregate id ({@code ce_subject}), also the record key
 * @param time
 *            when the fact happened ({@code ce_time})
 * @param data
 *            the payload
 */
public record EventEnvelope<T>(String id, EventType<T> type, String source, String subject, Instant time, T data) {
}
