package org.rungs.spine.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Declared event types and the catalog, without infrastructure. */
class EventTypeTest {

    @Test
    void aTypeKnowsItsFactVersionTopicKeyAndTime() {
        UUID door = UUID.randomUUID();
        Instant at = Instant.parse("2026-12-01T10:00:00Z");
        var opened = new TestEvents.Opened(door, "hall", BigDecimal.ONE, at);

        assertThat(TestEvents.OPENED.fact()).isEqualTo("door.opened");
        assertThat(TestEvents.OPENED_V2.major()).isEqualTo(2);
        assertThat(TestEvents.OPENED.topic().producer()).isEqualTo("door-service");
        assertThat(TestEvents.OPENED.aggregateId(opened)).isEqualTo(door.toString());
        assertThat(TestEvents.OPENED.occurredAt(opened)).isEqualTo(at);
        assertThat(TestEvents.OPENED.schemaResource()).isEqualTo("contracts/door-service/door.opened.v1.schema.json");
        assertThatThrownBy(() -> TestEvents.CLOSED.cast(opened)).isInstanceOf(ClassCastException.class);
    }

    @Test
    void wireTypesAreAggregateFactAndMajorVersion() {
        for (String bad : List.of("DoorOpened", "door.opened", "door.opened.v0", "door.opened.1", "Door.opened.v1")) {
            assertThat(EventType.isWellFormed(bad)).as(bad).isFalse();
            assertThatThrownBy(() -> TestEvents.DOORS.event(bad, TestEvents.Closed.class, TestEvents.Closed::doorId,
                    TestEvents.Closed::closedAt)).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(EventType.isWellFormed(null)).isFalse();
        assertThat(EventType.factOf("door.opened.v12")).isEqualTo("door.opened");
    }

    @Test
    void theCatalogHoldsEveryDeclaredTypeOnce() {
        assertThat(EventCatalog.declaredIn(TestEvents.class)).extracting(EventType::name)
                .containsExactly("door.opened.v1", "door.closed.v1", "door.opened.v2");
        EventCatalog catalog = new EventCatalog(EventCatalog.declaredIn(TestEvents.class));
        assertThat(catalog.byName("door.closed.v1")).containsSame(TestEvents.CLOSED);
        assertThat(catalog.byName("door.closed.v9")).isEmpty();
        assertThat(catalog.byName(null)).isEmpty();
        var impostor = TestEvents.DOORS.event("door.closed.v1", TestEvents.Closed.class, TestEvents.Closed::doorId,
                TestEvents.Closed::closedAt);
        assertThatThrownBy(() -> new EventCatalog(List.of(TestEvents.CLOSED, impostor)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("declared twice");
    }
}
