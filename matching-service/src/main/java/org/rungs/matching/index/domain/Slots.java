package org.rungs.matching.index.domain;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Ids (participants, vacancies) as dense slots, so an index keeps arrays and bitsets by slot. A released slot is reused
 * before a new one is taken; {@link #limit()} is one past the highest slot ever taken.
 */
final class Slots {

    private final Map<UUID, Integer> slots = new HashMap<>();
    private UUID[] ids;
    private int[] free = new int[64];
    private int freeCount;
    private int limit;

    Slots(int capacity) {
        ids = new UUID[capacity];
    }

    /** The id's slot, -1 when it has none. */
    int of(UUID id) {
        Integer slot = slots.get(id);
        return slot == null ? -1 : slot;
    }

    /** The id's slot, taken if it has none; the caller grows its arrays to {@link #capacity()}. */
    int take(UUID id) {
        Integer existing = slots.get(id);
        if (existing != null) {
            return existing;
        }
        int slot = freeCount > 0 ? free[--freeCount] : limit++;
        if (slot >= ids.length) {
            ids = Arrays.copyOf(ids, Math.max(slot + 1, ids.length * 2));
        }
        ids[slot] = id;
        slots.put(id, slot);
        return slot;
    }

    /** Releases the id's slot for reuse; returns it, or -1 when the id had none. */
    int release(UUID id) {
        Integer slot = slots.remove(id);
        if (slot == null) {
            return -1;
        }
        ids[slot] = null;
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, free.length * 2);
        }
        free[freeCount++] = slot;
        return slot;
    }

    UUID id(int slot) {
        return ids[slot];
    }

    boolean contains(UUID id) {
        return slots.containsKey(id);
    }

    int size() {
        return slots.size();
    }

    /** One past the highest slot ever taken. */
    int limit() {
        return limit;
    }

    /** How many slots the arrays by slot must hold. */
    int capacity() {
        return ids.length;
    }
}
