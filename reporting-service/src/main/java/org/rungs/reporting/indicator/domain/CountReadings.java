package org.rungs.reporting.indicator.domain;

import java.util.UUID;

/** Reads the counts from the read models. */
public interface CountReadings {

    /**
     * Every count from one snapshot of the read models, so totals and breakdowns agree; the breakdowns of one agency or
     * employer when it is given. Runs first in the caller's transaction.
     */
    Counts.Snapshot read(String partnerAgency, UUID employerId);
}
