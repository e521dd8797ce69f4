package org.rungs.employer.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rungs.contracts.employer.AgreementEnded;
import org.rungs.contracts.employer.AgreementSigned;
import org.rungs.contracts.employer.EmployerEvents;

class AgreementTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-01T15:00:00Z"), ZoneOffset.UTC);
    static final UUID EMPLOYER = UUID.randomUUID();
    static final UUID LADDER = UUID.randomUUID();
    static final UUID CNA = UUID.randomUUID();
    static final UUID LPN = UUID.randomUUID();

    static Agreement.Terms terms(List<RungCommitment> rungs, List<Integer> checkIns, LocalDate endsOn) {
        return new Agreement.Terms(EMPLOYER, rungs, true, 10, checkIns, "Dana Ortiz", "Sam Lee",
                LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-15"), endsOn);
    }

    static RungCommitment floor(UUID rung, String wage) {
        return new RungCommitment(LADDER, rung, new BigDecimal(wage));
    }

    @Test
    void signingRecordsTheCommitmentsAndDefaultsTheCheckIns() {
        Agreement a = Agreement.sign(terms(List.of(floor(CNA, "18.00"), floor(LPN, "27.50")), List.of(), null), CLOCK);

        AgreementSigned signed = a.takeEvents().get(0).as(EmployerEvents.AGREEMENT_SIGNED).orElseThrow();
        assertThat(signed.checkInDays()).containsExactly(30, 90, 180);
        assertThat(signed.rungs()).extracting(AgreementSigned.RungCommitment::wageFloor)
                .containsExactly(new BigDecimal("18.00"), new BigDecimal("27.50"));
        assertThat(signed.internalFirstDays()).isEqualTo(10);
        assertThat(a.wageFloor(CNA)).contains(new BigDecimal("18.00"));
        assertThat(a.wageFloor(UUID.randomUUID())).isEmpty();
    }

    @Test
    void itIsInForceFromItsStartToItsEndOrEnding() {
        Agreement a = Agreement.sign(terms(List.of(floor(CNA, "18")), List.of(90, 30), LocalDate.parse("2027-10-14")),
                CLOCK);
        assertThat(a.checkInDays()).containsExactly(30, 90);
        assertThat(a.inForceOn(LocalDate.parse("2026-10-14"))).isFalse();
        assertThat(a.inForceOn(LocalDate.parse("2026-10-15"))).isTrue();
        assertThat(a.inForceOn(LocalDate.parse("2027-10-14"))).isTrue();
        assertThat(a.inForceOn(LocalDate.parse("2027-10-15"))).isFalse();

        a.end(LocalDate.parse("2027-03-31"), "Site closed", CLOCK);
        assertThat(a.inForceOn(LocalDate.parse("2027-03-31"))).isTrue();
        assertThat(a.inForceOn(LocalDate.parse("2027-04-01"))).isFalse();
        assertThat(a.takeEvents()).last().satisfies(e -> assertThat(((AgreementEnded) e.data()).reason())
                .isEqualTo("Site closed"));
        assertThatThrownBy(() -> a.end(LocalDate.parse("2027-04-02"), "again", CLOCK))
                .isInstanceOf(AgreementEndedAlready.class);
    }

    @Test
    void badTermsAreRefusedNamingEachField() {
        assertThatThrownBy(() -> Agreement.sign(terms(List.of(floor(CNA, "18"), floor(CNA, "0")), List.of(30, 30),
                LocalDate.parse("2026-10-01")), CLOCK))
                .isInstanceOfSatisfying(AgreementRefused.class, e -> assertThat(e.fields()).containsOnlyKeys(
                        "rungs[1].rungId", "rungs[1].wageFloor", "checkInDays[1]", "endsOn"));
        Agreement a = Agreement.sign(terms(List.of(floor(CNA, "18")), List.of(), null), CLOCK);
        assertThatThrownBy(() -> a.end(LocalDate.parse("2026-10-14"), "early", CLOCK))
                .isInstanceOfSatisfying(AgreementRefused.class, e -> assertThat(e.fields()).containsKey("endedOn"));
    }
}
