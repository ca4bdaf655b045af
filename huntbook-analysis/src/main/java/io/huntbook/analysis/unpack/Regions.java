package io.huntbook.analysis.unpack;

import java.util.Arrays;

/** Ascending, non-overlapping spans {@code [start, end)} of a text, touching spans merged: what a pass must scan. */
final class Regions {
    private int[] bounds = new int[16];
    private int size;

    /** One span over a whole text of {@code length} characters. */
    static Regions whole(int length) {
        Regions regions = new Regions();
        regions.add(0, length);
        return regions;
    }

    /** Adds a span after the ones added so far; an empty one is ignored, one touching the last is merged into it. */
    void add(int start, int end) {
        if (end <= start) {
            return;
        }
        if (size > 0 && bounds[2 * size - 1] >= start) {
            bounds[2 * size - 1] = Math.max(bounds[2 * size - 1], end);
            return;
        }
        if (2 * size == bounds.length) {
            bounds = Arrays.copyOf(bounds, bounds.length * 2);
        }
        bounds[2 * size] = start;
        bounds[2 * size + 1] = end;
        size++;
    }

    int size() {
        return size;
    }

    int start(int index) {
        return bounds[2 * index];
    }

    int end(int index) {
        return bounds[2 * index + 1];
    }
}
