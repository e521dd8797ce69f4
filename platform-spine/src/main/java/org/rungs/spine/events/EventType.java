package org.rungs.spine.events;

import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One kind of event, declared once by the service that produces it (in the contracts module, beside the record that
 * carries its data, its JSON Schema and its golden sample). The type parameter ties everything that handles the event
 * to its data: the outbox publishes a {@code T}, a handler of {@code EventType<T>} receives a {@code T}, so a handler
 * of one event cannot be registered for another.
 *
 * @param <T>
 *            the record that carries the event's data
 */
public final class EventType<T> {

    private static final Pattern NAME = Pattern.compile("^([a-z][a-z-]*\\.[a-z][a-z-]*)\\.v([1-9][0-9]*)$");

    private final String name;
    private final Topic topic;
    private final Class<T> dataClass;
    private final Function<T, ?> aggregateId;
    private final Function<T, Instant> occurredAt;
    private final String fact;
    private final int major;

    EventType(String name, Topic topic, Class<T> dataClass, Function<T, ?> aggregateId,
            Function<T, Instant> occurredAt) {
        Matcher m = NAME.matcher(Objects.requireNonNull(name, "name"));
        if (!m.matches()) {
            throw new IllegalArgumentException(name + " is not <aggregate>.<fact>.v<major>");
        }
        this.name = name;
        this.topic = Objects.requireNonNull(topic, "topic");
        this.dataClass = Objects.requireNonNull(dataClass, "dataClass");
        this.aggregateId = Objects.requireNonNull(aggregateId, "aggregateId");
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.fact = m.group(1);
        this.major = Integer.parseInt(m.group(2));
    }

    /** The wire type ({@code ce_type}), e.g. {@code vacancy.opened.v1}. */
    public String name() {
        return name;
    }

    public Topic topic() {
        return topic;
    }

    public Class<T> dataClass() {
        return dataClass;
    }

    /** The fact without its version, e.g. {@code vacancy.opened}. */
    public String fact() {
        return fact;
    }

    /** The major version: 1 for {@code vacancy.opened.v1}. */
    public int major() {
        return major;
    }

    /** The aggregate an event is about: its record key and {@code ce_subject}. */
    public String aggregateId(T data) {
        return String.valueOf(aggregateId.apply(data));
    }

    /** When the fact happened ({@code ce_time}). */
    public Instant occurredAt(T data) {
        return occurredAt.apply(data);
    }

    /** The JSON Schema of the data, on the classpath of the contracts module. */
    public String schemaResource() {
        return "contracts/" + topic.producer() + "/" + name + ".schema.json";
    }

    /** The golden sample of the data, shared by the producer's and the consumers' tests. */
    public String sampleResource() {
        return "contracts/" + topic.producer() + "/" + name + ".sample.json";
    }

    /** The data as this type's record, or a {@link ClassCastException} if it is another event's. */
    public T cast(Object data) {
        return dataClass.cast(data);
    }

    /** Whether a wire type is well formed; {@code null} is not. */
    public static boolean isWellFormed(String typeName) {
        return typeName != null && NAME.matcher(typeName).matches();
    }

    /** The fact of a well-formed wire type ({@code vacancy.opened} of {@code vacancy.opened.v2}). */
    public static String factOf(String typeName) {
        Matcher m = NAME.matcher(typeName);
        if (!m.matches()) {
            throw new IllegalArgumentException(typeName + " is not <aggregate>.<fact>.v<major>");
        }
        return m.group(1);
    }

    @Override
    public String toString() {
        return name;
    }
}
