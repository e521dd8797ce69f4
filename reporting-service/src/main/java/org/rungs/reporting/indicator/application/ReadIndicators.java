package org.rungs.reporting.indicator.application;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.rungs.reporting.indicator.domain.CountReadings;
import org.rungs.reporting.indicator.domain.Indicators;
import org.rungs.reporting.indicator.domain.SmallCells;

/**
 * An analyst, a funder's dashboard or a network admin reads the outcome indicators: all counts from one snapshot, so
 * totals and breakdowns agree, with small person-based cells hidden unless a network admin asks otherwise.
 */
@ApplicationScoped
public class ReadIndicators {

    private final CountReadings counts;
    private final IndicatorsConfig config;
    private final Clock clock;

    public ReadIndicators(CountReadings counts, IndicatorsConfig config, Clock clock) {
        this.counts = counts;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Indicators read(String partnerAgency, UUID employerId, boolean suppress) {
        return Indicators.of(counts.read(partnerAgency, employerId), new SmallCells(config.minCellSize(), suppress),
                clock.instant());
    }
}
