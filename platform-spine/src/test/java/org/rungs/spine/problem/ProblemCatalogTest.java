package org.rungs.spine.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.rungs.spine.domain.DomainError;
import org.rungs.spine.domain.NotFound;

/** How domain errors are answered, without infrastructure. */
class ProblemCatalogTest {

    static class DoorJammed extends DomainError {

        DoorJammed() {
            super("The door is jammed");
        }
    }

    static class BackDoorJammed extends DoorJammed {
    }

    static class UnknownDoor extends NotFound {

        UnknownDoor() {
            super("Door", 7);
        }
    }

    static class Unmapped extends DomainError {

        Unmapped() {
            super("nobody answers this");
        }
    }

    @Test
    void anErrorIsAnsweredWithItsOwnTypeOrItsNearestSuperclasssAndNotFoundIsBuiltIn() {
        ProblemCatalog catalog = new ProblemCatalog().map(DoorJammed.class, 409, "door-jammed", "Door jammed");

        ProblemException jammed = catalog.answer(new BackDoorJammed()).orElseThrow();
        assertThat(jammed.status()).isEqualTo(409);
        assertThat(jammed.type()).isEqualTo("urn:rungs:problem:door-jammed");
        assertThat(jammed.getMessage()).isEqualTo("The door is jammed");
        ProblemException unknown = catalog.answer(new UnknownDoor()).orElseThrow();
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.type()).isEqualTo(ProblemTypes.NOT_FOUND);
        assertThat(unknown.getMessage()).isEqualTo("Door 7 does not exist");
        assertThat(catalog.answer(new Unmapped())).isEmpty();
        assertThat(catalog.answers(BackDoorJammed.class)).isTrue();
        assertThat(catalog.answers(Unmapped.class)).isFalse();
        assertThat(catalog.types()).containsValues("urn:rungs:problem:door-jammed", ProblemTypes.NOT_FOUND);
    }

    @Test
    void anErrorIsAnsweredOnceWithTheTypeItWasRegisteredWith() {
        ProblemCatalog catalog = new ProblemCatalog().map(DoorJammed.class, ProblemTypes.VALIDATION,
                e -> ProblemException.invalid("door", "is jammed"));
        assertThat(catalog.answer(new DoorJammed()).orElseThrow().toProblem("/doors").violations())
                .containsExactly(new Violation("door", "is jammed"));
        assertThatThrownBy(() -> catalog.map(DoorJammed.class, 409, "again", "Again"))
                .isInstanceOf(IllegalStateException.class);
        ProblemCatalog lying = new ProblemCatalog().map(Unmapped.class, ProblemTypes.VALIDATION,
                e -> new ProblemException(409, ProblemTypes.ALREADY_EXISTS, "x", "y", List.of()));
        assertThatThrownBy(() -> lying.answer(new Unmapped())).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ProblemTypes.of("Door Jammed")).isInstanceOf(IllegalArgumentException.class);
    }
}
