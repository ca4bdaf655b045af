package io.huntbook.analysis.proctree;

import java.util.Arrays;

/**
 * A map from a pair of longs to a non-negative int, by open addressing: matching a million events to their parents
 * by (process id, name) without a boxed key object per event.
 */
final class PairIndex {
    private static final int EMPTY = -1;
    private long[] first;
    private long[] second;
    private int[] values;
    private int size;
    private int mask;

    PairIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        allocate(capacity);
    }

    /** Sets the value of a pair, replacing any earlier one. */
    void put(long a, long b, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("values are non-negative: " + value);
        }
        if (size * 2 >= values.length) {
            grow();
        }
        int slot = slot(a, b);
        if (values[slot] == EMPTY) {
            size++;
            first[slot] = a;
            second[slot] = b;
        }
        values[slot] = value;
    }

    /** The value of a pair, or -1. */
    int get(long a, long b) {
        return values[slot(a, b)];
    }

    private int slot(long a, long b) {
        int slot = mix(a, b) & mask;
        while (values[slot] != EMPTY && (first[slot] != a || second[slot] != b)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private static int mix(long a, long b) {
        long h = a * 0x9E3779B97F4A7C15L + b;
        h ^= h >>> 32;
        h *= 0xBF58476D1CE4E5B9L;
        return (int) (h ^ (h >>> 29));
    }

    private void grow() {
        long[] oldFirst = first;
        long[] oldSecond = second;
        int[] oldValues = values;
        allocate(oldValues.length * 2);
        size = 0;
        for (int i = 0; i < oldValues.length; i++) {
            if (oldValues[i] != EMPTY) {
                put(oldFirst[i], oldSecond[i], oldValues[i]);
            }
        }
    }

    private void allocate(int capacity) {
        first = new long[capacity];
        second = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, EMPTY);
        mask = capacity - 1;
    }
}
