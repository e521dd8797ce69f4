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
    private int[][] positions = new int[256][];
    private int[][] postingSlots = new int[256][];
    private short[][] postingLevels = new short[256][];
    private int[] postingSize = new int[256];
    private final ThreadLocal<byte[]> counts = ThreadLocal.withInitial(() -> new byte[0]);

    /** A vacancy opened (or its requirements changed): they replace whatever was held. */
    public void put(UUID vacancyId, Map<String, BigDecimal> required) {
        lock.write(() -> {
            removeLocked(vacancyId);
            int slot = slots.take(vacancyId);
            grow(slots.capacity());
            requiredCount[slot] = required.size();
            requiredCodes[slot] = new short[required.size()];
            positions[slot] = new int[required.size()];
            int i = 0;
            for (Map.Entry<String, BigDecimal> r : required.entrySet()) {
                int code = elements.code(r.getKey());
                requiredCodes[slot][i] = (short) code;
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
                if (code < 0 || code >= postingSize.length || postingSlots[code] == null) {
                    continue;
                }
                short level = Levels.encode(skill.getValue());
                int[] vacancySlots = postingSlots[code];
                short[] levels = postingLevels[code];
                for (int i = 0, n = postingSize[code]; i < n; i++) {
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

    private int add(int code, int slot, short level) {
        if (code >= postingSize.length) {
            int capacity = Math.max(code + 1, postingSize.length * 2);
            postingSlots = Arrays.copyOf(postingSlots, capacity);
            postingLevels = Arrays.copyOf(postingLevels, capacity);
            postingSize = Arrays.copyOf(postingSize, capacity);
        }
        if (postingSlots[code] == null) {
            postingSlots[code] = new int[16];
            postingLevels[code] = new short[16];
        }
        int size = postingSize[code];
        if (size == postingSlots[code].length) {
            postingSlots[code] = Arrays.copyOf(postingSlots[code], size * 2);
            postingLevels[code] = Arrays.copyOf(postingLevels[code], size * 2);
        }
        postingSlots[code][size] = slot;
        postingLevels[code][size] = level;
        postingSize[code] = size + 1;
        return size;
    }

    private boolean removeLocked(UUID vacancyId) {
        int slot = slots.of(vacancyId);
        if (slot < 0) {
            return false;
        }
        for (int i = 0; i < requiredCodes[slot].length; i++) {
            int code = requiredCodes[slot][i];
            int at = positions[slot][i];
            int last = postingSize[code] - 1;
            if (at != last) {
                int moved = postingSlots[code][last];
                postingSlots[code][at] = moved;
                postingLevels[code][at] = postingLevels[code][last];
                for (int j = 0; j < requiredCodes[moved].length; j++) {
                    if (requiredCodes[moved][j] == code) {
                        positions[moved][j] = at;
                        break;
                    }
                }
            }
            postingSize[code] = last;
        }
        requiredCodes[slot] = new short[0];
        positions[slot] = new int[0];
        slots.release(vacancyId);
        return true;
    }

    private void grow(int capacity) {
        if (capacity > requiredCount.length) {
            requiredCount = Arrays.copyOf(requiredCount, capacity);
            requiredCodes = Arrays.copyOf(requiredCodes, capacity);
            positions = Arrays.copyOf(positions, capacity);
        }
    }
}
