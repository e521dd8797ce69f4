package org.rungs.participant.consent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ConsentRecordTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T15:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final UUID EMPLOYER = UUID.fromString("6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b");

    static ConsentRecord sign(ConsentPurpose purpose, List<String> recipients, List<ConsentScope> scope,
            LocalDate signedOn, LocalDate expiresOn) {
        return ConsentRecord.sign(UUID.randomUUID(), new ConsentRecord.Terms(purpose, recipients, scope, signedOn,
                expiresOn, null), "nia", CLOCK);
    }

    @Test
    void aConsentIsInForceFromItsSigningThroughItsExpiryDayUntilRevoked() {
        ConsentRecord c = sign(ConsentPurpose.DISCLOSURE, List.of("employer:" + EMPLOYER),
                List.of(ConsentScope.CONTACT), TODAY.minusDays(10), TODAY.plusDays(10));

        assertThat(c.inForce(TODAY.minusDays(11))).isFalse();
        assertThat(c.inForce(TODAY.minusDays(10))).isTrue();
        assertThat(c.inForce(TODAY.plusDays(10))).isTrue();
        assertThat(c.inForce(TODAY.plusDays(11))).isFalse();
        assertThat(c.expiryDue(TODAY.plusDays(11))).isTrue();

        assertThat(c.revoke(TODAY.minusDays(2), "nia", CLOCK)).isTrue();
        assertThat(c.revoke(TODAY, "nia", CLOCK)).isFalse();
        assertThat(c.inForce(TODAY.minusDays(3))).isTrue();
        assertThat(c.inForce(TODAY.minusDays(2))).isFalse();
    }

    @Test
    void aConsentCoversOnlyItsRecipientsAndScopeAndMatchingCoversTheNetworksEmployers() {
        ConsentRecord disclosure = sign(ConsentPurpose.DISCLOSURE, List.of("employer:" + EMPLOYER),
                List.of(ConsentScope.CONTACT), null, null);
        ConsentRecord matching = sign(ConsentPurpose.MATCHING, List.of(), List.of(ConsentScope.SKILLS), null, null);

        assertThat(disclosure.covers("employer:" + EMPLOYER, ConsentScope.CONTACT, TODAY)).isTrue();
        assertThat(disclosure.covers("employer:" + UUID.randomUUID(), ConsentScope.CONTACT, TODAY)).isFalse();
        assertThat(disclosure.covers("employer:" + EMPLOYER, ConsentScope.SKILLS, TODAY)).isFalse();
        assertThat(matching.covers("employer:" + UUID.randomUUID(), ConsentScope.SKILLS, TODAY)).isTrue();
        assertThat(matching.covers("employer:" + EMPLOYER, ConsentScope.CONTACT, TODAY)).isFalse();
        assertThat(matching.covers("funder:Harbor Workforce Board", ConsentScope.SKILLS, TODAY)).isFalse();
    }

    @Test
    void recipientsAndScopeMustFitThePurpose() {
        assertThatThrownBy(() -> sign(ConsentPurpose.MATCHING, List.of("employer:" + EMPLOYER),
                List.of(ConsentScope.SKILLS), null, null)).isInstanceOfSatisfying(ConsentRefused.class,
                        e -> assertThat(e.fields()).containsOnlyKeys("recipients"));
        assertThatThrownBy(() -> sign(ConsentPurpose.MATCHING, List.of(), List.of(ConsentScope.CONTACT), null,
                null)).isInstanceOfSatisfying(ConsentRefused.class,
                        e -> assertThat(e.fields()).containsOnlyKeys("scope"));
        assertThatThrownBy(() -> sign(ConsentPurpose.DISCLOSURE, List.of(), List.of(ConsentScope.CONTACT), null,
                null)).isInstanceOf(ConsentRefused.class);
        assertThatThrownBy(() -> sign(ConsentPurpose.DISCLOSURE, List.of("employer:acme"),
                List.of(ConsentScope.CONTACT), null, null)).isInstanceOfSatisfying(ConsentRefused.class,
                        e -> assertThat(e.fields()).containsOnlyKeys("recipients[0]"));
        assertThatThrownBy(() -> sign(ConsentPurpose.OUTCOMES_TO_FUNDER, List.of("funder:Harbor Workforce Board"),
                List.of(ConsentScope.SKILLS), null, null)).isInstanceOf(ConsentRefused.class);
        assertThat(sign(ConsentPurpose.OUTCOMES_TO_FUNDER, List.of("funder:Harbor Workforce Board"),
                List.of(ConsentScope.EMPLOYMENT_OUTCOMES), null, null).recipients())
                .containsExactly("funder:Harbor Workforce Board");
        assertThatThrownBy(() -> sign(ConsentPurpose.MATCHING, List.of(), List.of(ConsentScope.SKILLS), TODAY,
                TODAY)).isInstanceOfSatisfying(ConsentRefused.class,
                        e -> assertThat(e.fields()).containsOnlyKeys("expiresOn"));
        assertThatThrownBy(() -> sign(ConsentPurpose.MATCHING, List.of(), List.of(ConsentScope.SKILLS),
                TODAY.plusDays(1), null)).isInstanceOf(ConsentRefused.class);
    }
}
