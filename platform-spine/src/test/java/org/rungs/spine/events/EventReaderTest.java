package org.rungs.spine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Validation;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

/** What a consumer applies, skips or dead-letters, without infrastructure. */
class EventReaderTest {

    static final EventReader READER = new EventReader(Validation.buildDefaultValidatorFactory().getValidator(),
            new EventCatalog(EventCatalog.declaredIn(TestEvents.class)));
    static final Map<String, EventType<?>> HANDLED = Map.of(TestEvents.OPENED.name(), TestEvents.OPENED);
    static final UUID DOOR = UUID.fromString("9b2e4c6a-1d3f-4e5a-8b7c-0d1e2f3a4b5c");
    static final String OPENED = "{\"doorId\":\"" + DOOR + "\",\"room\":\"hall\",\"width\":2.5,"
            + "\"openedAt\":\"2026-12-01T10:00:00Z\"}";

    static ConsumerRecord<String, String> record(String type, String json) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(CloudEventHeaders.SPEC_VERSION, bytes("1.0"));
        headers.add(CloudEventHeaders.ID, bytes(UUID.randomUUID().toString()));
        if (type != null) {
            headers.add(CloudEventHeaders.TYPE, bytes(type));
        }
        headers.add(CloudEventHeaders.SOURCE, bytes("door-service"));
        headers.add(CloudEventHeaders.TIME, bytes("2026-12-01T10:00:00Z"));
        return new ConsumerRecord<>("rungs.door", 0, 7L, ConsumerRecord.NO_TIMESTAMP, TimestampType.NO_TIMESTAMP_TYPE,
                0, 0, DOOR.toString(), json, headers, java.util.Optional.empty());
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String reason(ConsumerRecord<String, String> record) {
        try {
            READER.read(record, HANDLED);
            return "read";
        } catch (PoisonEventException e) {
            return e.reason();
        }
    }

    @Test
    void aHandledTypeIsReadAsItsRecordIgnoringFieldsAddedLater() {
        EventEnvelope<?> event = READER.read(record("door.opened.v1", OPENED.replace("{", "{\"colour\":\"red\",")),
                HANDLED).orElseThrow();
        assertThat(event.type()).isSameAs(TestEvents.OPENED);
        assertThat(event.subject()).isEqualTo(DOOR.toString());
        assertThat(TestEvents.OPENED.cast(event.data()).room()).isEqualTo("hall");
    }

    @Test
    void aDeclaredTypeNotHandledAndAnotherFactAreSkipped() {
        assertThat(READER.read(record("door.opened.v2", "{}"), HANDLED)).as("declared beside v1").isEmpty();
        assertThat(READER.read(record("door.closed.v1", "{}"), HANDLED)).as("declared, not handled").isEmpty();
        assertThat(READER.read(record("window.opened.v1", "{}"), HANDLED)).as("another fact").isEmpty();
    }

    @Test
    void poisonIsNamedByWhatIsWrongWithIt() {
        assertThat(reason(record("door.opened.v3", OPENED))).isEqualTo("unsupported-version");
        assertThat(reason(record(null, OPENED))).isEqualTo("malformed-envelope");
        assertThat(reason(record("DoorOpened", OPENED))).isEqualTo("malformed-envelope");
        assertThat(reason(record("door.opened.v1", "{not json"))).isEqualTo("unparseable");
        assertThat(reason(record("door.opened.v1", ""))).isEqualTo("unparseable");
        assertThat(reason(record("door.opened.v1", "null"))).isEqualTo("unparseable");
        assertThat(reason(record("door.opened.v1", OPENED.replace("2.5", "9")))).isEqualTo("invalid");
        assertThatThrownBy(() -> READER.read(record("door.opened.v1", OPENED.replace("\"hall\"", "\"\"")), HANDLED))
                .isInstanceOf(PoisonEventException.class).hasMessageContaining("room");
        var old = record("door.opened.v1", OPENED);
        old.headers().remove(CloudEventHeaders.SPEC_VERSION);
        old.headers().add(CloudEventHeaders.SPEC_VERSION, bytes("0.3"));
        assertThat(reason(old)).isEqualTo("malformed-envelope");
        var late = record("door.opened.v1", OPENED);
        late.headers().remove(CloudEventHeaders.TIME);
        late.headers().add(CloudEventHeaders.TIME, bytes("yesterday"));
        assertThat(reason(late)).isEqualTo("malformed-envelope");
    }
}
