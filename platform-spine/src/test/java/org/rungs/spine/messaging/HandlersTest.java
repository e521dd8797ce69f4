package org.rungs.spine.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rungs.spine.events.EventEnvelope;
import org.rungs.spine.events.TestEvents;

/** Typed registration of a service's handlers, without infrastructure. */
class HandlersTest {

    static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void eachEventRunsTheHandlersOfItsTypeInTheOrderRegistered() {
        List<String> ran = new ArrayList<>();
        Handlers on = new Handlers()
                .on(TestEvents.OPENED, opened -> ran.add("first " + opened.room()))
                .on(TestEvents.CLOSED, closed -> ran.add("closed"))
                .onEvent(TestEvents.OPENED, event -> ran.add("second " + event.id()));
        UUID door = UUID.randomUUID();

        on.apply(new EventEnvelope<>("e1", TestEvents.OPENED, "door-service", door.toString(), AT,
                new TestEvents.Opened(door, "hall", null, AT)));

        assertThat(ran).containsExactly("first hall", "second e1");
        assertThat(on.types()).containsOnlyKeys("door.opened.v1", "door.closed.v1");
        assertThat(on.topics()).containsExactly("rungs.door");
    }

    @Test
    void anEventOfAnUnhandledTypeOrWithDataOfAnotherTypeIsRefused() {
        Handlers on = new Handlers().on(TestEvents.OPENED, opened -> {
        });
        UUID door = UUID.randomUUID();
        assertThatThrownBy(() -> on.apply(new EventEnvelope<>("e", TestEvents.CLOSED, "s", "k", AT,
                new TestEvents.Closed(door, AT)))).isInstanceOf(IllegalArgumentException.class);
        var impostor = TestEvents.DOORS.event("door.opened.v1", TestEvents.Closed.class, TestEvents.Closed::doorId,
                TestEvents.Closed::closedAt);
        assertThatThrownBy(() -> on.on(impostor, c -> {
        })).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Handlers().isEmpty()).isTrue();
    }
}
