package org.rungs.spine.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import com.fasterxml.jackson.core.JacksonException;

/**
 * Turns a Kafka record into an {@link EventEnvelope}, or says why it cannot: a record that is not a CloudEvent, has a
 * malformed or unsupported type, unparseable JSON or invalid data is poison. A well-formed event of a fact this
 * platform does not know is not poison; it reads as empty and the consumer skips it.
 */
@ApplicationScoped
public class EventReader {

    private final Validator validator;

    public EventReader(Validator validator) {
        this.validator = validator;
    }

    public Optional<EventEnvelope<?>> read(ConsumerRecord<String, String> record) {
        String id = header(record, CloudEventHeaders.ID);
        String typeName = header(record, CloudEventHeaders.TYPE);
        String source = header(record, CloudEventHeaders.SOURCE);
        String specVersion = header(record, CloudEventHeaders.SPEC_VERSION);
        if (id == null || id.isBlank() || typeName == null || source == null || specVersion == null) {
            throw new PoisonEventException("malformed-envelope",
                    "missing CloudEvents header (ce_specversion, ce_id, ce_type and ce_source are required)");
        }
        if (!CloudEventHeaders.SPEC_VERSION_1_0.equals(specVersion)) {
            throw new PoisonEventException("malformed-envelope", "unsupported CloudEvents specversion " + specVersion);
        }
        Optional<EventType> known = EventType.byTypeName(typeName);
        if (known.isEmpty()) {
            return switch (EventType.classifyUnknown(typeName)) {
                case OTHER_FACT -> Optional.empty();
                case UNSUPPORTED_VERSION -> throw new PoisonEventException("unsupported-version",
                        "no consumer for major version of " + typeName);
                case MALFORMED -> throw new PoisonEventException("malformed-envelope", "malformed ce_type " + typeName);
            };
        }
        EventType type = known.get();
        Instant time = parseTime(header(record, CloudEventHeaders.TIME));
        String subject = Optional.ofNullable(header(record, CloudEventHeaders.SUBJECT)).orElse(record.key());
        Object data = parse(type, record.value());
        return Optional.of(new EventEnvelope<>(id, type, source, subject, time, data));
    }

    private Object parse(EventType type, String json) {
        if (json == null || json.isBlank()) {
            throw new PoisonEventException("unparseable", type.typeName() + " has no data");
        }
        Object data;
        try {
            data = EventJson.mapper().readValue(json, type.dataClass());
        } catch (JacksonException e) {
            throw new PoisonEventException("unparseable", type.typeName() + ": " + e.getOriginalMessage(), e);
        }
        if (data == null) {
            throw new PoisonEventException("unparseable", type.typeName() + " has null data");
        }
        Set<ConstraintViolation<Object>> violations = validator.validate(data);
        if (!violations.isEmpty()) {
            throw new PoisonEventException("invalid", type.typeName() + ": " + violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining(", ")));
        }
        return data;
    }

    private static Instant parseTime(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("malformed-envelope", "ce_time is not an RFC 3339 timestamp: " + value);
        }
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Header h = record.headers().lastHeader(name);
        return h == null || h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
