package io.huntbook.analysis.proctree;

import org.jspecify.annotations.Nullable;

/**
 * A map from a string to a non-negative int, by open addressing: de-duplicating a million process keys without a
 * map node and a boxed value per key.
 */
final class StringIndex {
    private static final int EMPTY = -1;
    private @Nullable String[] keys;
    private int[] values;
    private int size;
    private int mask;

    StringIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new String[capacity];
        values = new int[capacity];
        java.util.Arrays.fill(values, EMPTY);
        mask = capacity - 1;
    }

    /** The value of the key when it has one; otherwise sets it to {@code value} and returns -1. */
    int putIfAbsent(String key, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("values are non-negative: " + value);
        }
        if (size * 2 >= values.length) {
            grow();
        }
        int slot = slot(key);
        if (values[slot] != EMPTY) {
            return values[slot];
        }
        keys[slot] = key;
        values[slot] = value;
        size++;
        return -1;
    }

    /** The value of a key, or -1. */
    int get(String key) {
        return values[slot(key)];
    }

    private int slot(String key) {
        int h = key.hashCode() * 0x9E3779B9;
        int slot = (h ^ (h >>> 16)) & mask;
        while (values[slot] != EMPTY && !key.equals(keys[slot])) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        @Nullable String[] oldKeys = keys;
        int[] oldValues = values;
        keys = new String[oldValues.length * 2];
        values = new int[oldValues.length * 2];
        java.util.Arrays.fill(values, EMPTY);
        mask = values.length - 1;
        size = 0;
        for (int i = 0; i < oldValues.length; i++) {
            if (oldValues[i] != EMPTY) {
                putIfAbsent(java.util.Objects.requireNonNull(oldKeys[i]), oldValues[i]);
            }
        }
    }
}
