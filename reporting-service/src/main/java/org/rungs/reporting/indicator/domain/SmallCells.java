package org.rungs.reporting.indicator.domain;

/**
 * Small-cell suppression: a person-based count from 1 to {@code minCellSize - 1} could identify people, so it is hidden
 * (null). A cell of 0 is shown. With suppression off (network admins asking for raw counts) every count shows.
 */
public record SmallCells(int minCellSize, boolean suppress) {

    public SmallCells {
        if (minCellSize < 1) {
            throw new IllegalArgumentException("the smallest cell shown is at least 1");
        }
    }

    /** One row's person-based cells: remembers whether it hid any. */
    public Row row() {
        return new Row();
    }

    public final class Row {

        private boolean suppressed;

        private Row() {
        }

        /** A person-based count as shown: null when it is hidden. */
        public Long person(long count) {
            if (suppress && count > 0 && count < minCellSize) {
                suppressed = true;
                return null;
            }
            return count;
        }

        public boolean suppressed() {
            return suppressed;
        }
    }
}
