package org.rungs.matching.index.domain;

import java.util.Arrays;

/**
 * A growable list of (slot, level) pairs, the holders of one element (or the vacancies requiring it): appending returns
 * the pair's position, and a removal moves the last pair into the hole, so both are constant time. Readers scan
 * {@link #slots} and {@link #levels} up to {@link #size} directly.
 */
final class SlotLevels {

    int[] slots;
    short[] levels;
    int size;

    SlotLevels(int capacity) {
        slots = new int[capacity];
        levels = new short[capacity];
    }

    /** Appends the pair; returns its position. */
    int add(int slot, short level) {
        if (size == slots.length) {
            slots = Arrays.copyOf(slots, size * 2);
            levels = Arrays.copyOf(levels, size * 2);
        }
        slots[size] = slot;
        levels[size] = level;
        return size++;
    }

    /** Removes the pair at the position; returns the slot moved into it (the last pair's), or -1. */
    int removeAt(int position) {
        int last = --size;
        if (position == last) {
            return -1;
        }
        slots[position] = slots[last];
        levels[position] = levels[last];
        return slots[position];
    }
}
