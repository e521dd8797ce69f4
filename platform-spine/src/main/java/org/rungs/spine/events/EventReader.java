package org.rungs.spine.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import com.fasterxml.jackson.core.JacksonException;

/**
 * Turns a Kafka record into an {@link EventEnvelope} of a type the consumer handles, or says why not.
 * <ul>
 * <li>Poison ({@link PoisonEventException}): not a CloudEvent, a malformed type, a version of a handled fact that no
 * producer declared, unparseable JSON or data that breaks the record's constraints.</li>
 * <li>Skipped (empty): a declared type the consumer does not handle (such as {@code vacancy.opened.v2} published beside
 * the {@code v1} it handles), or a well-formed type of a fact it does not handle.</li>
 * </ul>
 * Unknown fields in the data are ignored, so additive changes within a major version never break a consumer.
 */
@ApplicationScoped
public class EventReader {

    private final Validator validator;
    private final EventCatalog catalog;

    @Inject
    public EventReader(Validator validator) {
        this(validator, EventCatalog.get());
    }

    EventReader(Validator validator, EventCatalog catalog) {
        this.validator = validator;
        this.catalog = catalog;
    }

    /**
     * @param handled
     *            the types the consumer handles, by wire type
     * @return the event, or empty when the consumer skips it
     */
    public Optional<EventEnvelope<?>> read(ConsumerRecord<String, String> record, Map<String, EventType<?>> handled) {
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
        EventType<?> type = handled.get(typeName);
        if (type == null) {
            if (!EventType.isWellFormed(typeName)) {
                throw new PoisonEventException("malformed-envelope", "malformed ce_type " + typeName);
            }
            String fact = EventType.factOf(typeName);
            if (catalog.byName(typeName).isEmpty() && handled.values().stream().anyMatch(t -> t.fact().equals(fact))) {
                throw new PoisonEventException("unsupported-version",
                        "no producer declares " + typeName + " and this consumer handles another version of it");
            }
            return Optional.empty();
        }
        Instant time = parseTime(header(record, CloudEventHeaders.TIME));
        String subject = Optional.ofNullable(header(record, CloudEventHeaders.SUBJECT)).orElse(record.key());
        return Optional.of(envelope(type, id, source, subject, time, record.value()));
    }

    private <T> EventEnvelope<T> envelope(EventType<T> type, String id, String source, String subject, Instant time,
            String json) {
        return new EventEnvelope<>(id, type, source, subject, time, parse(type, json));
    }

    /** The data of an event of this type, parsed and validated; poison if it cannot be. */
    public <T> T parse(EventType<T> type, String json) {
        if (json == null || json.isBlank()) {
            throw new PoisonEventException("unparseable", type.name() + " has no data");
        }
        T data;
        try {
            data = EventJson.mapper().readValue(json, type.dataClass());
        } catch (JacksonException e) {
            throw new PoisonEventException("unparseable", type.name() + ": " + e.getOriginalMessage(), e);
        }
        if (data == null) {
            throw new PoisonEventException("unparseable", type.name() + " has null data");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(data);
        if (!violations.isEmpty()) {
            throw new PoisonEventException("invalid", type.name() + ": " + violations.stream()
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
