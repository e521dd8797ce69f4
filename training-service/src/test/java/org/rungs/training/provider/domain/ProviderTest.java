package org.rungs.training.provider.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The rules of registering a provider, without infrastructure. */
class ProviderTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void aProviderHasANameAndKeepsNoBlankEmail() {
        Provider p = Provider.register(UUID.randomUUID(), "  Eastside Community Action ", ProviderKind.COMMUNITY_AGENCY,
                " ", CLOCK);
        assertThat(p.name()).isEqualTo("Eastside Community Action");
        assertThat(p.contactEmail()).isNull();
        assertThat(p.registeredAt()).isEqualTo(CLOCK.instant());
        assertThat(p.kind().wire()).isEqualTo("community-agency");
        assertThatThrownBy(() -> Provider.register(UUID.randomUUID(), " ", ProviderKind.UNION, null, CLOCK))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
