package org.rungs.reporting.indicator.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Small-cell suppression, without infrastructure. */
class IndicatorRulesTest {

    static final Instant NOW = Instant.parse("2026-11-05T12:00:00Z");
    static final Counts.Totals TOTALS = new Counts.Totals(120, 80, 3, 4, 2, 1, 7, 0, 5, 117);

    @Test
    void personCountsFromOneToBelowTheMinimumAreHiddenAndTheirRowFlagged() {
        SmallCells.Row row = new SmallCells(5, true).row();
        assertThat(row.person(0)).isZero();
        assertThat(row.person(5)).isEqualTo(5);
        assertThat(row.suppressed()).isFalse();
        assertThat(row.person(4)).isNull();
        assertThat(row.person(1)).isNull();
        assertThat(row.suppressed()).isTrue();
    }

    @Test
    void withoutSuppressionEveryCountShows() {
        SmallCells.Row row = new SmallCells(5, false).row();
        assertThat(row.person(1)).isEqualTo(1);
        assertThat(row.suppressed()).isFalse();
        assertThatThrownBy(() -> new SmallCells(0, true)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void indicatorsHidePersonCellsButNeverOrganisationCounts() {
        UUID employer = UUID.randomUUID();
        Indicators shown = Indicators.of(new Counts.Snapshot(TOTALS,
                List.of(new Counts.Agency("eastside-works", 6, 6, 2), new Counts.Agency("harbor-jobs", 3, 0, 0)),
                List.of(new Counts.Employer(employer, "Harbor Foods", 1, 1))), new SmallCells(5, true), NOW);

        assertThat(shown.totals().skillsAttained()).isNull();
        assertThat(shown.totals().participantsMatched()).isEqualTo(5);
        assertThat(shown.totals().matchesProposed()).isZero();
        assertThat(shown.totals().vacanciesClosed()).as("vacancies are not about people").isEqualTo(1);
        assertThat(shown.totals().suppressed()).isTrue();
        assertThat(shown.byPartnerAgency()).containsExactly(
                new Indicators.AgencyRow("eastside-works", 6L, 6L, null, true),
                new Indicators.AgencyRow("harbor-jobs", null, 0L, 0L, true));
        assertThat(shown.byEmployer()).containsExactly(new Indicators.EmployerRow(employer, "Harbor Foods", 1, null,
                true));
        assertThat(shown.minCellSize()).isEqualTo(5);
        assertThat(shown.suppressionApplied()).isTrue();
        assertThat(shown.asOf()).isEqualTo(NOW);
    }
}
