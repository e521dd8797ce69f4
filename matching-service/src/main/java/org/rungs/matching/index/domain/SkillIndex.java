package org.rungs.matching.index.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.UUID;
import java.util.concurrent.locks.StampedLock;
import java.util.function.Predicate;

/**
 * Participants' skills held in memory for matching at a region's scale: for each O*NET element, a posting list of the
 * participants who hold it and their best level. A shortlist counts, per participant, the required skills met at the
 * required level by scanning only the required elements' postings; no object per participant is made on the way.
 *
 * <p>
 * Memory: per skill held, 6 bytes in its posting (slot, level in hundredths) and 6 in the participant's own entry
 * (element code, position in the posting); removal swaps the last posting entry into the hole, so every write is
 * constant time. One writer at a time; a reader waits for at most one write (microseconds).
 */
public final class SkillIndex {

    /** A participant found for a shortlist: how many of the required skills they meet. */
    public record Hit(UUID participantId, int met, int required) {

        public double share() {
            return required == 0 ? 1 : (double) met / required;
        }
    }

    private final StampedLock lock = new StampedLock();
    private final Elements elements = new Elements();
    private final Map<UUID, Integer> slots = new HashMap<>();
    private UUID[] ids = new UUID[1024];
    private short[][] held = new short[1024][];
    private int[][] positions = new int[1024][];
    private int[] free = new int[64];
    private int freeCount;
    private int nextSlot;
    private Posting[] postings = new Posting[256];
    private final ThreadLocal<Scratch> scratch = ThreadLocal.withInitial(Scratch::new);

    /** The participant's level of the element, kept if it is their best. */
    public void put(UUID participantId, String elementId, BigDecimal level) {
        long stamp = lock.writeLock();
        try {
            putLocked(slotFor(participantId), elements.code(elementId), Levels.encode(level));
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    /** The participant's skills, whole: whatever was held before is forgotten. */
    public void replace(UUID participantId, Map<String, BigDecimal> skills) {
        long stamp = lock.writeLock();
        try {
            removeLocked(participantId);
            if (!skills.isEmpty()) {
                int slot = slotFor(participantId);
                skills.forEach((element, level) -> putLocked(slot, elements.code(element), Levels.encode(level)));
            }
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    /** Forgets the participant (consent withdrawn): they are found by no shortlist until put again. */
    public boolean remove(UUID participantId) {
        long stamp = lock.writeLock();
        try {
            return removeLocked(participantId);
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    public boolean contains(UUID participantId) {
        long stamp = lock.readLock();
        try {
            return slots.containsKey(participantId);
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /** How many participants the index holds. */
    public int size() {
        long stamp = lock.readLock();
        try {
            return slots.size();
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /** The participant's skills as held, element to best level. */
    public Map<String, BigDecimal> skillsOf(UUID participantId) {
        long stamp = lock.readLock();
        try {
            Integer slot = slots.get(participantId);
            Map<String, BigDecimal> skills = new HashMap<>();
            if (slot != null) {
                for (int i = 0; i < held[slot].length; i++) {
                    Posting p = postings[held[slot][i]];
                    skills.put(elements.id(held[slot][i]), Levels.decode(p.levels[positions[slot][i]]));
                }
            }
            return skills;
        } finally {
            lock.unlockRead(stamp);
        }
    }

    /**
     * The best participants for the requirements: most required skills met at the required level, at least
     * {@code minMet}; ties in participant id order, so the same index gives the same list.
     *
     * @param among
     *            only participants it accepts (an employer's incumbents); null for everyone
     */
    public List<Hit> shortlist(Map<String, BigDecimal> required, int minMet, int limit, Predicate<UUID> among) {
        long stamp = lock.readLock();
        try {
            return shortlistLocked(required, Math.max(1, minMet), limit, among);
        } finally {
            lock.unlockRead(stamp);
        }
    }

    private List<Hit> shortlistLocked(Map<String, BigDecimal> required, int minMet, int limit,
            Predicate<UUID> among) {
        Scratch s = scratch.get();
        s.ensure(nextSlot);
        int touched = 0;
        for (Map.Entry<String, BigDecimal> requirement : required.entrySet()) {
            int code = elements.find(requirement.getKey());
            if (code < 0 || postings[code] == null) {
                continue;
            }
            Posting p = postings[code];
            short min = Levels.encode(requirement.getValue());
            int[] postingSlots = p.slots;
            short[] levels = p.levels;
            byte[] counts = s.counts;
            for (int i = 0, n = p.size; i < n; i++) {
                if (levels[i] >= min) {
                    int slot = postingSlots[i];
                    if (counts[slot]++ == 0) {
                        s.touched[touched++] = slot;
                    }
                }
            }
        }
        int total = required.size();
        int[] histogram = new int[total + 2];
        for (int i = 0; i < touched; i++) {
            histogram[s.counts[s.touched[i]]]++;
        }
        int threshold = total;
        int above = 0;
        while (threshold > minMet && above + histogram[threshold] < limit) {
            above += histogram[threshold];
            threshold--;
        }
        Comparator<Hit> order = Comparator.comparingInt(Hit::met).reversed()
                .thenComparing(Hit::participantId);
        PriorityQueue<Hit> best = new PriorityQueue<>(order.reversed());
        for (int i = 0; i < touched; i++) {
            int slot = s.touched[i];
            int met = s.counts[slot];
            s.counts[slot] = 0;
            if (met < threshold || met < minMet) {
                continue;
            }
            UUID id = ids[slot];
            if (among != null && !among.test(id)) {
                continue;
            }
            best.add(new Hit(id, met, total));
            if (best.size() > limit) {
                best.poll();
            }
        }
        List<Hit> hits = new ArrayList<>(best);
        hits.sort(order);
        return hits;
    }

    private void putLocked(int slot, int code, short level) {
        short[] elementsHeld = held[slot];
        for (int i = 0; i < elementsHeld.length; i++) {
            if (elementsHeld[i] == code) {
                Posting p = postings[code];
                int at = positions[slot][i];
                if (level > p.levels[at]) {
                    p.levels[at] = level;
                }
                return;
            }
        }
        if (code >= postings.length) {
            postings = Arrays.copyOf(postings, Math.max(code + 1, postings.length * 2));
        }
        Posting p = postings[code] == null ? (postings[code] = new Posting()) : postings[code];
        int at = p.add(slot, level);
        held[slot] = Arrays.copyOf(elementsHeld, elementsHeld.length + 1);
        held[slot][elementsHeld.length] = (short) code;
        positions[slot] = Arrays.copyOf(positions[slot], elementsHeld.length + 1);
        positions[slot][elementsHeld.length] = at;
    }

    private boolean removeLocked(UUID participantId) {
        Integer slot = slots.remove(participantId);
        if (slot == null) {
            return false;
        }
        for (int i = 0; i < held[slot].length; i++) {
            int code = held[slot][i];
            Posting p = postings[code];
            int at = positions[slot][i];
            int last = p.size - 1;
            if (at != last) {
                int moved = p.slots[last];
                p.slots[at] = moved;
                p.levels[at] = p.levels[last];
                short[] movedHeld = held[moved];
                for (int j = 0; j < movedHeld.length; j++) {
                    if (movedHeld[j] == code) {
                        positions[moved][j] = at;
                        break;
                    }
                }
            }
            p.size = last;
        }
        held[slot] = EMPTY_SHORTS;
        positions[slot] = EMPTY_INTS;
        ids[slot] = null;
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, free.length * 2);
        }
        free[freeCount++] = slot;
        return true;
    }

    private int slotFor(UUID participantId) {
        Integer existing = slots.get(participantId);
        if (existing != null) {
            return existing;
        }
        int slot = freeCount > 0 ? free[--freeCount] : nextSlot++;
        if (slot >= ids.length) {
            int capacity = Math.max(slot + 1, ids.length * 2);
            ids = Arrays.copyOf(ids, capacity);
            held = Arrays.copyOf(held, capacity);
            positions = Arrays.copyOf(positions, capacity);
        }
        ids[slot] = participantId;
        held[slot] = EMPTY_SHORTS;
        positions[slot] = EMPTY_INTS;
        slots.put(participantId, slot);
        return slot;
    }

    private static final short[] EMPTY_SHORTS = new short[0];
    private static final int[] EMPTY_INTS = new int[0];

    /** One element's holders: parallel arrays of slots and levels, the first {@code size} in use. */
    private static final class Posting {

        int[] slots = new int[16];
        short[] levels = new short[16];
        int size;

        int add(int slot, short level) {
            if (size == slots.length) {
                slots = Arrays.copyOf(slots, size * 2);
                levels = Arrays.copyOf(levels, size * 2);
            }
            slots[size] = slot;
            levels[size] = level;
            return size++;
        }
    }

    /** A reader's counters, one per slot, reset after each query; and the slots it touched. */
    private static final class Scratch {

        byte[] counts = new byte[0];
        int[] touched = new int[0];

        void ensure(int slots) {
            if (counts.length < slots) {
                counts = new byte[slots + slots / 4 + 16];
                touched = new int[counts.length];
            }
        }
    }
}
