package io.huntbook.analysis.proctree;

/**
 * A map from a pair (a long, an int) to a non-negative int, by open addressing: matching a million events to their
 * parents by (process id, name number) without a boxed key object per event. Each slot is two adjacent longs (the
 * long key; the int key and the value), so a probe touches one cache line, not one per array.
 */
final class PairIndex {
    private long[] slots;
    private int size;
    private int mask;

    PairIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[capacity * 2];
        mask = capacity - 1;
    }

    /** Sets the value of a pair, replacing any earlier one. */
    void put(long a, long b, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("values are non-negative: " + value);
        }
        if (b != (int) b) {
            throw new IllegalArgumentException("the second key is an int: " + b);
        }
        if (size * 2 >= mask + 1) {
            grow();
        }
        int slot = slot(a, (int) b);
        if (slots[2 * slot + 1] == 0) {
            size++;
            slots[2 * slot] = a;
        }
        slots[2 * slot + 1] = packed((int) b, value);
    }

    /** The value of a pair, or -1. */
    int get(long a, long b) {
        if (b != (int) b) {
            return -1;
        }
        long word = slots[2 * slot(a, (int) b) + 1];
        return (int) word - 1;
    }

    /** The int key and the value plus one (so an empty slot, 0, is no pair). */
    private static long packed(int b, int value) {
        return (long) b << 32 | (value + 1L);
    }

    private int slot(long a, int b) {
        int slot = mix(a, b) & mask;
        while (true) {
            long word = slots[2 * slot + 1];
            if (word == 0 || slots[2 * slot] == a && (int) (word >>> 32) == b) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    private static int mix(long a, long b) {
        long h = a * 0x9E3779B97F4A7C15L + b;
        h ^= h >>> 32;
        h *= 0xBF58476D1CE4E5B9L;
        return (int) (h ^ (h >>> 29));
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        mask = old.length - 1;
        size = 0;
        for (int i = 0; i < old.length; i += 2) {
            long word = old[i + 1];
            if (word != 0) {
                put(old[i], (int) (word >>> 32), (int) word - 1);
            }
        }
    }
}
