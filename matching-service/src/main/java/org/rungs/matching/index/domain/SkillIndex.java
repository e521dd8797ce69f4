package org.rungs.matching.index.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Participants' skills held in memory for matching at a region's scale. Each participant has a slot; for each O*NET
 * element the index keeps fifteen bitsets over the slots, "holds the element at level k or above" for k = 0, 0.5, 1,
 * ..., 7, and, per tenth of a level, the holders with their exact level (hundredths). A requirement at level 3.88 is
 * the bitset for 4 plus the holders of 3.9 and above (all of them) and of 3.8 (those at 3.88 or more), found in two
 * short lists; a shortlist adds the requirements' bitsets into bit-sliced counters, a word (64 participants) at a time,
 * and reads the best straight from the counters. No object per participant is made on the way.
 *
 * <p>
 * Memory: per element 15 bits per slot (a million slots: 1.9 MB per element) plus 6 bytes per skill held in its tenth's
 * list and 8 in the participant's own entry. Every write is constant time (a removal swaps the last list entry into the
 * hole). One writer at a time; a reader waits for at most one write (microseconds).
 */
public final class SkillIndex {

    /** A participant found for a shortlist: how many of the required skills they meet. */
    public record Hit(UUID participantId, int met, int required) {

        public double share() {
            return required == 0 ? 1 : (double) met / required;
        }
    }

    /** A bitset every half level, in hundredths: 0, 0.5, ..., 7. */
    static final int STEP = 50;
    static final int BITSETS = 700 / STEP + 1;
    /** A list of holders per tenth of a level: 0.0, 0.1, ..., 7.0. */
    static final int TENTHS = 71;

    private final IndexLock lock = new IndexLock();
    private final Elements elements = new Elements();
    private final Slots slots = new Slots(1024);
    private short[][] held = new short[1024][];
    private short[][] heldLevels = new short[1024][];
    private int[][] positions = new int[1024][];
    private int words = 1024 / 64;
    private Element[] byCode = new Element[256];

    /**
     * The participant's level of the element, kept if it is their best.
     *
     * @return whether it was their best (the index changed)
     */
    public boolean put(UUID participantId, String elementId, BigDecimal level) {
        return lock.write(() -> putLocked(slotFor(participantId), elements.code(elementId), Levels.encode(level)));
    }

    /**
     * The participant's skills, whole: whatever was held before is forgotten. A participant held without skills is
     * still held ({@link #contains}), found by no shortlist until they attain one.
     */
    public void replace(UUID participantId, Map<String, BigDecimal> skills) {
        lock.write(() -> {
            removeLocked(participantId);
            int slot = slotFor(participantId);
            skills.forEach((element, level) -> putLocked(slot, elements.code(element), Levels.encode(level)));
            return null;
        });
    }

    /** Forgets the participant (consent withdrawn): they are found by no shortlist until put again. */
    public boolean remove(UUID participantId) {
        return lock.write(() -> removeLocked(participantId));
    }

    public boolean contains(UUID participantId) {
        return lock.read(() -> slots.contains(participantId));
    }

    /** How many participants the index holds. */
    public int size() {
        return lock.read(slots::size);
    }

    /** The participant's best level of the element, or null when they hold none (or are not held). */
    public BigDecimal levelOf(UUID participantId, String elementId) {
        return lock.read(() -> {
            int slot = slots.of(participantId);
            int code = elements.find(elementId);
            for (int i = 0; slot >= 0 && code >= 0 && i < held[slot].length; i++) {
                if (held[slot][i] == code) {
                    return Levels.decode(heldLevels[slot][i]);
                }
            }
            return null;
        });
    }

    /** The participant's skills as held, element to best level. */
    public Map<String, BigDecimal> skillsOf(UUID participantId) {
        return lock.read(() -> {
            int slot = slots.of(participantId);
            Map<String, BigDecimal> skills = new HashMap<>();
            for (int i = 0; slot >= 0 && i < held[slot].length; i++) {
                skills.put(elements.id(held[slot][i]), Levels.decode(heldLevels[slot][i]));
            }
            return skills;
        });
    }

    /**
     * The best participants for the requirements: most required skills met at the required level, at least
     * {@code minMet} (and at least one); ties in participant id order ({@link #idOrder}), so the same index gives the
     * same list.
     *
     * @param among
     *            only these participants (an employer's incumbents); null for everyone
     */
    public List<Hit> shortlist(Map<String, BigDecimal> required, int minMet, int limit, Collection<UUID> among) {
        return lock.read(() -> shortlistLocked(required, Math.max(1, minMet), limit, among));
    }

    private List<Hit> shortlistLocked(Map<String, BigDecimal> required, int minMet, int limit,
            Collection<UUID> among) {
        int total = required.size();
        if (total == 0 || minMet > total || limit < 1) {
            return List.of();
        }
        int planes = 32 - Integer.numberOfLeadingZeros(total);
        long[][] counter = new long[planes][words];
        long[] met = new long[words];
        for (Map.Entry<String, BigDecimal> requirement : required.entrySet()) {
            int code = elements.find(requirement.getKey());
            if (code < 0 || byCode[code] == null) {
                continue;
            }
            byCode[code].meeting(Levels.encode(requirement.getValue()), met);
            add(counter, met);
        }
        long[] filter = null;
        if (among != null) {
            filter = new long[words];
            for (UUID id : among) {
                int slot = slots.of(id);
                if (slot >= 0) {
                    filter[slot >>> 6] |= 1L << slot;
                }
            }
        }
        // the lowest count that still gives enough candidates, but not below minMet
        int threshold = total;
        long[] atLeast = atLeast(counter, threshold, filter);
        while (threshold > minMet && cardinality(atLeast) < limit) {
            threshold--;
            atLeast = atLeast(counter, threshold, filter);
        }
        // everyone above the threshold is in; of those at it, the first in id order fill the rest
        long[] above = threshold < total ? atLeast(counter, threshold + 1, filter) : new long[words];
        List<Hit> hits = new ArrayList<>();
        collect(above, counter, total, hits);
        int room = limit - hits.size();
        if (room > 0) {
            SlotHeap first = new SlotHeap(room, slots);
            for (int w = 0; w < words; w++) {
                long bits = atLeast[w] & ~above[w];
                while (bits != 0) {
                    first.offer((w << 6) + Long.numberOfTrailingZeros(bits));
                    bits &= bits - 1;
                }
            }
            for (int slot : first.slots()) {
                hits.add(new Hit(slots.id(slot), count(counter, slot), total));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::met).reversed().thenComparing(Hit::participantId, SkillIndex::idOrder));
        return hits.size() > limit ? hits.subList(0, limit) : hits;
    }

    private void collect(long[] bits, long[][] counter, int total, List<Hit> into) {
        for (int w = 0; w < words; w++) {
            long word = bits[w];
            while (word != 0) {
                int slot = (w << 6) + Long.numberOfTrailingZeros(word);
                word &= word - 1;
                into.add(new Hit(slots.id(slot), count(counter, slot), total));
            }
        }
    }

    private static int count(long[][] counter, int slot) {
        int count = 0;
        for (int p = 0; p < counter.length; p++) {
            count |= (int) ((counter[p][slot >>> 6] >>> slot) & 1L) << p;
        }
        return count;
    }

    /** The {@code capacity} slots whose participant ids come first, kept in a bounded max-heap of slots. */
    private static final class SlotHeap {

        private final int[] heap;
        private final Slots ids;
        private int size;

        SlotHeap(int capacity, Slots ids) {
            this.heap = new int[capacity];
            this.ids = ids;
        }

        void offer(int slot) {
            if (size < heap.length) {
                heap[size] = slot;
                up(size++);
            } else if (idOrder(ids.id(slot), ids.id(heap[0])) < 0) {
                heap[0] = slot;
                down(0);
            }
        }

        int[] slots() {
            return Arrays.copyOf(heap, size);
        }

        private boolean later(int a, int b) {
            return idOrder(ids.id(heap[a]), ids.id(heap[b])) > 0;
        }

        private void up(int i) {
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (!later(i, parent)) {
                    return;
                }
                swap(i, parent);
                i = parent;
            }
        }

        private void down(int i) {
            while (true) {
                int left = 2 * i + 1;
                int right = left + 1;
                int largest = i;
                if (left < size && later(left, largest)) {
                    largest = left;
                }
                if (right < size && later(right, largest)) {
                    largest = right;
                }
                if (largest == i) {
                    return;
                }
                swap(i, largest);
                i = largest;
            }
        }

        private void swap(int a, int b) {
            int t = heap[a];
            heap[a] = heap[b];
            heap[b] = t;
        }
    }

    /** Adds a bitset into the bit-sliced counters (a ripple-carry add, a word at a time). */
    private static void add(long[][] counter, long[] bits) {
        for (int w = 0; w < bits.length; w++) {
            long carry = bits[w];
            for (int p = 0; p < counter.length && carry != 0; p++) {
                long plane = counter[p][w];
                counter[p][w] = plane ^ carry;
                carry &= plane;
            }
        }
    }

    /** The slots whose count is at least {@code n} (and that pass the filter). */
    private long[] atLeast(long[][] counter, int n, long[] filter) {
        long[] result = new long[words];
        for (int w = 0; w < words; w++) {
            long greater = 0;
            long equal = -1L;
            for (int p = counter.length - 1; p >= 0; p--) {
                long plane = counter[p][w];
                if ((n >>> p & 1) == 1) {
                    equal &= plane;
                } else {
                    greater |= equal & plane;
                    equal &= ~plane;
                }
            }
            result[w] = (greater | equal) & (filter == null ? -1L : filter[w]);
        }
        return result;
    }

    private static int cardinality(long[] bits) {
        int n = 0;
        for (long word : bits) {
            n += Long.bitCount(word);
        }
        return n;
    }

    private boolean putLocked(int slot, int code, short level) {
        if (code >= byCode.length) {
            byCode = Arrays.copyOf(byCode, Math.max(code + 1, byCode.length * 2));
        }
        Element element = byCode[code] == null ? (byCode[code] = new Element(words)) : byCode[code];
        short[] codes = held[slot];
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] == code) {
                short old = heldLevels[slot][i];
                if (level > old) {
                    forget(element, code, slot, i);
                    heldLevels[slot][i] = level;
                    positions[slot][i] = element.hold(slot, level);
                    return true;
                }
                return false;
            }
        }
        int n = codes.length;
        held[slot] = Arrays.copyOf(codes, n + 1);
        held[slot][n] = (short) code;
        heldLevels[slot] = Arrays.copyOf(heldLevels[slot], n + 1);
        heldLevels[slot][n] = level;
        positions[slot] = Arrays.copyOf(positions[slot], n + 1);
        positions[slot][n] = element.hold(slot, level);
        return true;
    }

    /** Takes the slot's i-th skill out of its element (bits and level list), fixing the entry moved into its place. */
    private void forget(Element element, int code, int slot, int i) {
        int moved = element.release(slot, heldLevels[slot][i], positions[slot][i]);
        if (moved >= 0) {
            short[] codes = held[moved];
            for (int j = 0; j < codes.length; j++) {
                if (codes[j] == code) {
                    positions[moved][j] = positions[slot][i];
                    break;
                }
            }
        }
    }

    private boolean removeLocked(UUID participantId) {
        int slot = slots.of(participantId);
        if (slot < 0) {
            return false;
        }
        for (int i = 0; i < held[slot].length; i++) {
            forget(byCode[held[slot][i]], held[slot][i], slot, i);
        }
        held[slot] = EMPTY_SHORTS;
        heldLevels[slot] = EMPTY_SHORTS;
        positions[slot] = EMPTY_INTS;
        slots.release(participantId);
        return true;
    }

    private int slotFor(UUID participantId) {
        if (slots.contains(participantId)) {
            return slots.of(participantId);
        }
        int slot = slots.take(participantId);
        int capacity = slots.capacity();
        if (capacity > held.length) {
            held = Arrays.copyOf(held, capacity);
            heldLevels = Arrays.copyOf(heldLevels, capacity);
            positions = Arrays.copyOf(positions, capacity);
            words = (capacity + 63) >>> 6;
            for (Element e : byCode) {
                if (e != null) {
                    e.grow(words);
                }
            }
        }
        held[slot] = EMPTY_SHORTS;
        heldLevels[slot] = EMPTY_SHORTS;
        positions[slot] = EMPTY_INTS;
        return slot;
    }

    /**
     * Participant ids in the order of their canonical text (as {@code Ranking} breaks ties): unsigned, most significant
     * half first.
     */
    public static int idOrder(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    private static final short[] EMPTY_SHORTS = new short[0];
    private static final int[] EMPTY_INTS = new int[0];

    /**
     * One element: {@code atLeast[b]} has a slot's bit set when the slot holds the element at level b / 2 or above; the
     * holders whose level's tenths are t are listed in {@code lists[t]} with their exact level.
     */
    private static final class Element {

        final long[][] atLeast = new long[BITSETS][];
        final SlotLevels[] lists = new SlotLevels[TENTHS];

        Element(int words) {
            for (int b = 0; b < BITSETS; b++) {
                atLeast[b] = new long[words];
            }
            for (int t = 0; t < TENTHS; t++) {
                lists[t] = new SlotLevels(4);
            }
        }

        void grow(int words) {
            for (int b = 0; b < BITSETS; b++) {
                if (atLeast[b].length < words) {
                    atLeast[b] = Arrays.copyOf(atLeast[b], words);
                }
            }
        }

        /** Holds the slot at the level; returns its position in its tenth's list. */
        int hold(int slot, short level) {
            for (int b = 0, top = level / STEP; b <= top; b++) {
                atLeast[b][slot >>> 6] |= 1L << slot;
            }
            return lists[level / 10].add(slot, level);
        }

        /** Releases the slot held at the level and position; returns the slot moved into that position, or -1. */
        int release(int slot, short level, int position) {
            for (int b = 0, top = level / STEP; b <= top; b++) {
                atLeast[b][slot >>> 6] &= ~(1L << slot);
            }
            return lists[level / 10].removeAt(position);
        }

        /**
         * The slots holding the element at the level or above, into {@code into} (overwritten): the bitset of the first
         * half level at or above it, and the holders below that bound from the tenths' lists (whole lists above the
         * level's own tenth, the level's tenth entry by entry).
         */
        void meeting(short level, long[] into) {
            int b = (level + STEP - 1) / STEP;
            if (b < BITSETS) {
                System.arraycopy(atLeast[b], 0, into, 0, Math.min(into.length, atLeast[b].length));
                if (atLeast[b].length < into.length) {
                    Arrays.fill(into, atLeast[b].length, into.length, 0L);
                }
            } else {
                Arrays.fill(into, 0L);
            }
            int bound = b * STEP;
            for (int t = level / 10; t * 10 < bound; t++) {
                int[] s = lists[t].slots;
                int n = lists[t].size;
                if (t * 10 >= level) {
                    for (int i = 0; i < n; i++) {
                        into[s[i] >>> 6] |= 1L << s[i];
                    }
                } else {
                    short[] l = lists[t].levels;
                    for (int i = 0; i < n; i++) {
                        if (l[i] >= level) {
                            into[s[i] >>> 6] |= 1L << s[i];
                        }
                    }
                }
            }
        }
    }
}
