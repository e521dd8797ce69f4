package org.rungs.matching.index.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Open vacancies' requirements held in memory for the reverse query: for each O*NET element, the vacancies that require
 * it and at what level. One participant's skills against every open vacancy scans only the postings of the elements the
 * participant holds.
 */
public final class VacancyIndex {

    /** A vacancy the participant now qualifies for: how many of its required skills they meet. */
    public record Hit(UUID vacancyId, int met, int required) {

        public double share() {
            return required == 0 ? 1 : (double) met / required;
        }
    }

    private final IndexLock lock = new IndexLock();
    private final Elements elements = new Elements();
    private final Slots slots = new Slots(256);
    private int[] requiredCount = new int[256];
    private short[][] requiredCodes = new short[256][];
    private double[][] requiredLevels = new double[256][];
    private int[][] positions = new int[256][];
    private SlotLevels[] postings = new SlotLevels[256];
    private final ThreadLocal<byte[]> counts = ThreadLocal.withInitial(() -> new byte[0]);

    /** A vacancy opened (or its requirements changed): they replace whatever was held. */
    public void put(UUID vacancyId, Map<String, BigDecimal> required) {
        lock.write(() -> {
            removeLocked(vacancyId);
            int slot = slots.take(vacancyId);
            grow(slots.capacity());
            requiredCount[slot] = required.size();
            requiredCodes[slot] = new short[required.size()];
            requiredLevels[slot] = new double[required.size()];
            positions[slot] = new int[required.size()];
            int i = 0;
            for (Map.Entry<String, BigDecimal> r : required.entrySet()) {
                int code = elements.code(r.getKey());
                requiredCodes[slot][i] = (short) code;
                requiredLevels[slot][i] = r.getValue().doubleValue();
                positions[slot][i] = add(code, slot, Levels.encode(r.getValue()));
                i++;
            }
        });
    }

    /** The vacancy closed or filled: no longer found. */
    public boolean remove(UUID vacancyId) {
        return lock.write(() -> removeLocked(vacancyId));
    }

    public int size() {
        return lock.read(slots::size);
    }

    /**
     * The open vacancies whose required skills the participant meets at least {@code minShare} of (at the required
     * level), best share first, then vacancy id.
     */
    public List<Hit> qualifying(Map<String, BigDecimal> skills, double minShare) {
        return lock.read(() -> {
            byte[] met = counts.get();
            if (met.length < slots.limit()) {
                met = new byte[slots.limit() + slots.limit() / 4 + 16];
                counts.set(met);
            }
            int[] touched = new int[Math.min(slots.limit(), 1 + skills.size() * 64)];
            int touchedCount = 0;
            for (Map.Entry<String, BigDecimal> skill : skills.entrySet()) {
                int code = elements.find(skill.getKey());
                if (code < 0 || code >= postings.length || postings[code] == null) {
                    continue;
                }
                short level = Levels.encode(skill.getValue());
                int[] vacancySlots = postings[code].slots;
                short[] levels = postings[code].levels;
                for (int i = 0, n = postings[code].size; i < n; i++) {
                    if (levels[i] <= level) {
                        int slot = vacancySlots[i];
                        if (met[slot]++ == 0) {
                            if (touchedCount == touched.length) {
                                touched = Arrays.copyOf(touched, Math.min(slots.limit(), touched.length * 2));
                            }
                            touched[touchedCount++] = slot;
                        }
                    }
                }
            }
            List<Hit> hits = new ArrayList<>();
            for (int i = 0; i < touchedCount; i++) {
                int slot = touched[i];
                int m = met[slot];
                met[slot] = 0;
                if ((double) m / requiredCount[slot] >= minShare) {
                    hits.add(new Hit(slots.id(slot), m, requiredCount[slot]));
                }
            }
            hits.sort(Comparator.comparingDouble(Hit::share).reversed().thenComparing(Hit::vacancyId,
                    SkillIndex::idOrder));
            return hits;
        });
    }

    /**
     * A participant's skills as this index reads them: each held element's best level by the index's element code (NaN
     * where none is held), for {@link #grown} and {@link #fit}.
     */
    public Probe probe(Map<String, BigDecimal> skills) {
        return lock.read(() -> {
            double[] held = new double[elements.size()];
            Arrays.fill(held, Double.NaN);
            for (Map.Entry<String, BigDecimal> skill : skills.entrySet()) {
                int code = elements.find(skill.getKey());
                if (code >= 0) {
                    held[code] = skill.getValue().doubleValue();
                }
            }
            return new Probe(held);
        });
    }

    /** A participant's levels by element code, read by one weighing; elements coded later count as not held. */
    public static final class Probe {

        private final double[] held;

        Probe(double[] held) {
            this.held = held;
        }

        double level(int code) {
            return code < held.length ? held[code] : Double.NaN;
        }
    }

    /**
     * How a participant meets one vacancy's requirements, in doubles: the skills met (a level at or above the one
     * required), how many are required, and the mean share of each required level reached (1 for a level met or a
     * requirement of 0). It never says less than the exact evaluation does: a filter, not a verdict.
     */
    public record Fit(int met, int required, double levels) {

        public double share() {
            return required == 0 ? 1 : (double) met / required;
        }
    }

    /** The participant's fit for a vacancy held here; null when the vacancy is not held (or requires nothing). */
    public Fit fit(UUID vacancyId, Probe probe) {
        return lock.read(() -> {
            int slot = slots.of(vacancyId);
            return slot < 0 ? null : fitOf(slot, probe);
        });
    }

    private Fit fitOf(int slot, Probe probe) {
        short[] codes = requiredCodes[slot];
        double[] levels = requiredLevels[slot];
        int met = 0;
        double reached = 0;
        for (int i = 0; i < codes.length; i++) {
            double have = probe.level(codes[i]);
            double need = levels[i];
            if (need <= 0 || have >= need) {
                reached += 1;
                met += have >= need ? 1 : 0;
            } else if (have > 0) {
                reached += have / need;
            }
        }
        return new Fit(met, codes.length, codes.length == 0 ? 1 : reached / codes.length);
    }

    /**
     * The held vacancies whose standing for a participant changed when these elements grew, and that the participant
     * now meets at least {@code minShare} of: those requiring a grown element at or above the level held before (for
     * any other the participant's coverage and level gaps are as they were), each with the participant's fit for it.
     * Only the grown elements' postings are scanned, in no particular order.
     *
     * @param grownFrom
     *            element to the level held before it grew; null when none was held
     */
    /** Receives vacancies with a participant's fit for each. */
    @FunctionalInterface
    public interface FitSink {

        void accept(UUID vacancyId, Fit fit);
    }

    public void grown(Probe probe, Map<String, BigDecimal> grownFrom, double minShare, FitSink found) {
        lock.read(() -> {
            byte[] seen = counts.get();
            if (seen.length < slots.limit()) {
                seen = new byte[slots.limit() + slots.limit() / 4 + 16];
                counts.set(seen);
            }
            int[] touched = new int[64];
            int touchedCount = 0;
            for (Map.Entry<String, BigDecimal> grown : grownFrom.entrySet()) {
                int code = elements.find(grown.getKey());
                if (code < 0 || code >= postings.length || postings[code] == null) {
                    continue;
                }
                // a level required above the one held before (encoded to hundredths: one at it is taken too)
                short before = grown.getValue() == null ? -1 : Levels.encode(grown.getValue());
                int[] vacancySlots = postings[code].slots;
                short[] levels = postings[code].levels;
                for (int i = 0, n = postings[code].size; i < n; i++) {
                    int slot = vacancySlots[i];
                    if (levels[i] >= before && seen[slot] == 0) {
                        seen[slot] = 1;
                        if (touchedCount == touched.length) {
                            touched = Arrays.copyOf(touched, touched.length * 2);
                        }
                        touched[touchedCount++] = slot;
                    }
                }
            }
            for (int i = 0; i < touchedCount; i++) {
                int slot = touched[i];
                seen[slot] = 0;
                Fit fit = fitOf(slot, probe);
                if (fit.share() >= minShare) {
                    found.accept(slots.id(slot), fit);
                }
            }
            return null;
        });
    }

    private int add(int code, int slot, short level) {
        if (code >= postings.length) {
            postings = Arrays.copyOf(postings, Math.max(code + 1, postings.length * 2));
        }
        if (postings[code] == null) {
            postings[code] = new SlotLevels(16);
        }
        return postings[code].add(slot, level);
    }

    private boolean removeLocked(UUID vacancyId) {
        int slot = slots.of(vacancyId);
        if (slot < 0) {
            return false;
        }
        for (int i = 0; i < requiredCodes[slot].length; i++) {
            int code = requiredCodes[slot][i];
            int at = positions[slot][i];
            int moved = postings[code].removeAt(at);
            if (moved >= 0) {
                for (int j = 0; j < requiredCodes[moved].length; j++) {
                    if (requiredCodes[moved][j] == code) {
                        positions[moved][j] = at;
                        break;
                    }
                }
            }
        }
        requiredCodes[slot] = new short[0];
        requiredLevels[slot] = new double[0];
        positions[slot] = new int[0];
        slots.release(vacancyId);
        return true;
    }

    private void grow(int capacity) {
        if (capacity > requiredCount.length) {
            requiredCount = Arrays.copyOf(requiredCount, capacity);
            requiredCodes = Arrays.copyOf(requiredCodes, capacity);
            requiredLevels = Arrays.copyOf(requiredLevels, capacity);
            positions = Arrays.copyOf(positions, capacity);
        }
    }
}
