package org.rungs.reporting.replay.domain;

import java.util.List;
import java.util.Optional;

/**
 * Where a replay builds the read models: new, empty copies of the projections' tables, apart from the live ones, which
 * replace the live ones at once when the replay is done.
 */
public interface ReadModelStore {

    /**
     * The right to run the one replay allowed at a time across every instance; empty when another holds it. Closing the
     * handle gives it back (so does the end of the process).
     */
    Optional<AutoCloseable> claimReplay();

    /** Makes new, empty copies of the tables (dropping any a failed replay left behind). */
    void prepare(List<String> tables);

    /** Runs work in its own transaction, in which the tables' names denote the new copies. */
    void intoCopies(Runnable work);

    /**
     * In one transaction: locks the live tables (readers and live consumption wait), runs {@code lastWork} against the
     * copies, then puts the copies in place of the live tables. Readers see the old counts or the new, never a mix.
     */
    void swapIn(List<String> tables, Runnable lastWork);

    /** Drops the copies of a replay that did not finish; the live tables stay as they were. */
    void discard();
}
