package org.rungs.employer.employer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.contracts.employer.EmployerJoined;

/** The rules of an employer joining the network, without infrastructure. */
class EmployerTest {

    static final Instant NOW = Instant.parse("2026-11-02T09:00:00Z");

    @Test
    void joiningRecordsEmployerJoinedWithTheSizeBandLabel() {
        UUID id = UUID.randomUUID();
        Employer e = Employer.join(id, " Riverside Care Homes ", "623110", SizeBand.MEDIUM,
                Clock.fixed(NOW, ZoneOffset.UTC));

        assertThat(e.name()).isEqualTo("Riverside Care Homes");
        assertThat(e.joinedAt()).isEqualTo(NOW);
        assertThat(e.takeEvents()).singleElement().satisfies(event -> assertThat(
                event.as(EmployerEvents.EMPLOYER_JOINED))
                .contains(new EmployerJoined(id, "Riverside Care Homes", "623110", "50-249", NOW)));
    }

    @Test
    void anEmployerHasANameAndACode() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        assertThatThrownBy(() -> Employer.join(UUID.randomUUID(), " ", "623110", SizeBand.MICRO, clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Employer.join(UUID.randomUUID(), "Harbor Foods", null, SizeBand.MICRO, clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SizeBand.LARGE.label()).isEqualTo("250+");
    }
}
