package org.rungs.employer.vacancy.domain;

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
import org.rungs.contracts.common.SkillLevel;
import org.rungs.contracts.employer.EmployerEvents;
import org.rungs.contracts.employer.VacancyClosed;
import org.rungs.contracts.employer.VacancyOpened;
import org.rungs.employer.ladder.domain.RequiredSkill;

/** The rules of a vacancy, without infrastructure. */
class VacancyTest {

    static final Instant OPENED = Instant.parse("2026-11-05T12:00:00Z");
    static final Clock CLOCK = Clock.fixed(OPENED, ZoneOffset.UTC);
    static final UUID EMPLOYER = UUID.fromString("7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d");

    static Vacancy cna(List<RequiredSkill> skills) {
        return Vacancy.open(EMPLOYER, "  Certified Nursing Assistant ", "31-1131.00", skills, new BigDecimal("19.50"),
                3, Shift.DAY, CLOCK);
    }

    static List<RequiredSkill> reading() {
        return List.of(new RequiredSkill("2.A.1.a", new BigDecimal("3")),
                new RequiredSkill("2.B.1.f", new BigDecimal("3.5")));
    }

    @Test
    void openingRecordsVacancyOpenedWithTheRequiredLevels() {
        Vacancy v = cna(reading());

        assertThat(v.status()).isEqualTo(VacancyStatus.OPEN);
        assertThat(v.title()).isEqualTo("Certified Nursing Assistant");
        assertThat(v.openedAt()).isEqualTo(OPENED);
        assertThat(v.pendingEvents()).hasSize(1);
        VacancyOpened opened = v.takeEvents().get(0).as(EmployerEvents.VACANCY_OPENED).orElseThrow();
        assertThat(opened.vacancyId()).isEqualTo(v.id());
        assertThat(opened.employerId()).isEqualTo(EMPLOYER);
        assertThat(opened.requiredSkills()).containsExactly(new SkillLevel("2.A.1.a", new BigDecimal("3")),
                new SkillLevel("2.B.1.f", new BigDecimal("3.5")));
        assertThat(opened.shift()).isEqualTo("day");
        assertThat(opened.openedAt()).isEqualTo(OPENED);
        assertThat(v.pendingEvents()).as("taken events are forgotten").isEmpty();
    }

    @Test
    void aSkillIsRequiredOnceAndTheRepeatsAreNamed() {
        var twice = List.of(new RequiredSkill("2.A.1.a", BigDecimal.ONE), new RequiredSkill("2.B.1.f", BigDecimal.ONE),
                new RequiredSkill("2.A.1.a", BigDecimal.TEN.subtract(BigDecimal.valueOf(4))),
                new RequiredSkill("2.B.1.f", BigDecimal.ONE));
        assertThatThrownBy(() -> cna(twice)).isInstanceOfSatisfying(SkillRequiredTwice.class,
                e -> assertThat(e.positions()).containsExactly(2, 3));
    }

    @Test
    void aVacancyHasOpeningsAPositiveWageAndLevelsOnTheScale() {
        assertThatThrownBy(() -> Vacancy.open(EMPLOYER, "CNA", "31-1131.00", reading(), BigDecimal.ONE, 0, Shift.DAY,
                CLOCK)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Vacancy.open(EMPLOYER, "CNA", "31-1131.00", reading(), BigDecimal.ZERO, 1,
                Shift.DAY, CLOCK)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RequiredSkill("2.A.1.a", new BigDecimal("7.01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RequiredSkill("2.A.1.a", new BigDecimal("-0.01")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closingRecordsVacancyClosedOnceAndASecondClosingIsRefused() {
        Vacancy v = cna(reading());
        v.takeEvents();
        Instant closedAt = OPENED.plusSeconds(3600);

        v.close(CloseReason.FILLED, Clock.fixed(closedAt, ZoneOffset.UTC));

        assertThat(v.status()).isEqualTo(VacancyStatus.CLOSED);
        assertThat(v.closeReason()).isEqualTo(CloseReason.FILLED);
        assertThat(v.closedAt()).isEqualTo(closedAt);
        assertThat(v.takeEvents()).singleElement().satisfies(e -> assertThat(e.as(EmployerEvents.VACANCY_CLOSED))
                .contains(new VacancyClosed(v.id(), EMPLOYER, "filled", closedAt)));
        assertThatThrownBy(() -> v.close(CloseReason.CANCELLED, CLOCK)).isInstanceOf(VacancyAlreadyClosed.class)
                .hasMessageContaining(v.id().toString());
        assertThat(v.closeReason()).isEqualTo(CloseReason.FILLED);
        assertThat(v.pendingEvents()).isEmpty();
    }

    @Test
    void wireValuesAreLowerCase() {
        assertThat(Shift.ROTATING.wire()).isEqualTo("rotating");
        assertThat(CloseReason.EXPIRED.wire()).isEqualTo("expired");
        assertThat(VacancyStatus.CLOSED.wire()).isEqualTo("closed");
    }

    static Vacancy.Terms atRung(int openings, LocalDate internalFirstUntil) {
        return new Vacancy.Terms(EMPLOYER, "CNA", "31-1131.00", reading(), new BigDecimal("19.50"), openings, Shift.DAY,
                new Vacancy.RungPlacement(UUID.randomUUID(), UUID.randomUUID(), 2), internalFirstUntil);
    }

    @Test
    void aDraftAnnouncesNothingUntilItOpensAtItsRung() {
        Vacancy v = Vacancy.draft(atRung(2, LocalDate.parse("2026-11-15")), CLOCK);
        assertThat(v.status()).isEqualTo(VacancyStatus.DRAFT);
        assertThat(v.pendingEvents()).isEmpty();
        assertThatThrownBy(() -> v.takeOpening(CLOCK)).isInstanceOf(VacancyNotOpen.class);

        v.open(CLOCK);

        VacancyOpened opened = v.takeEvents().get(0).as(EmployerEvents.VACANCY_OPENED).orElseThrow();
        assertThat(opened.tier()).isEqualTo(2);
        assertThat(opened.rungId()).isEqualTo(v.rungId());
        assertThat(opened.internalFirstUntil()).isEqualTo(LocalDate.parse("2026-11-15"));
        assertThat(v.internalOnlyOn(LocalDate.parse("2026-11-15"))).isTrue();
        assertThat(v.internalOnlyOn(LocalDate.parse("2026-11-16"))).isFalse();
        assertThatThrownBy(() -> v.open(CLOCK)).isInstanceOf(VacancyNotOpen.class);
    }

    @Test
    void hiresTakeTheOpeningsAndTheLastFillsTheVacancy() {
        Vacancy v = Vacancy.open(atRung(2, null), CLOCK);
        v.takeEvents();

        v.takeOpening(CLOCK);
        assertThat(v.pendingEvents()).isEmpty();
        assertThat(v.status()).isEqualTo(VacancyStatus.OPEN);
        v.takeOpening(CLOCK);

        assertThat(v.status()).isEqualTo(VacancyStatus.FILLED);
        assertThat(v.hired()).isEqualTo(2);
        assertThat(v.takeEvents()).singleElement().satisfies(e -> assertThat(e.type().name())
                .isEqualTo("vacancy.filled.v1"));
        assertThatThrownBy(() -> v.takeOpening(CLOCK)).isInstanceOf(VacancyNotOpen.class);
        assertThatThrownBy(() -> v.close(CloseReason.FILLED, CLOCK)).isInstanceOf(VacancyNotOpen.class);
    }

    @Test
    void aClosedVacancyTakesNoHire() {
        Vacancy v = Vacancy.open(atRung(2, null), CLOCK);
        v.close(CloseReason.CANCELLED, CLOCK);
        assertThatThrownBy(() -> v.takeOpening(CLOCK)).isInstanceOf(VacancyNotOpen.class)
                .hasMessageContaining("closed");
    }

    @Test
    void aVacancyThatOpenedOnAnEarlierDayIsAnnouncedWithThatDay() {
        Vacancy v = Vacancy.openedOn(atRung(1, null), LocalDate.parse("2026-06-01"), CLOCK);
        VacancyOpened opened = v.takeEvents().get(0).as(EmployerEvents.VACANCY_OPENED).orElseThrow();
        assertThat(opened.openedAt()).isEqualTo(Instant.parse("2026-06-01T12:00:00Z"));
        assertThat(v.createdAt()).isEqualTo(OPENED);
    }
}
