package org.rungs.spine.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** Event types of an imagined producer, for the plumbing's own tests. */
public final class TestEvents implements EventDeclarations {

    public record Opened(@NotNull UUID doorId, @NotBlank String room, @DecimalMax("7") BigDecimal width,
            @NotNull Instant openedAt) {
    }

    public record Closed(@NotNull UUID doorId, @NotNull Instant closedAt) {
    }

    public record OpenedV2(@NotNull UUID doorId, @NotNull Instant openedAt) {
    }

    public static final Topic DOORS = new Topic("rungs.door", "door-service");
    public static final EventType<Opened> OPENED = DOORS.event("door.opened.v1", Opened.class, Opened::doorId,
            Opened::openedAt);
    public static final EventType<Closed> CLOSED = DOORS.event("door.closed.v1", Closed.class, Closed::doorId,
            Closed::closedAt);
    public static final EventType<OpenedV2> OPENED_V2 = DOORS.event("door.opened.v2", OpenedV2.class,
            OpenedV2::doorId, OpenedV2::openedAt);
}
