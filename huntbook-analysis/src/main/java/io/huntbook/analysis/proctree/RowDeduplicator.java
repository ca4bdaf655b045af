package io.huntbook.analysis.proctree;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.dflib.DataFrame;
import org.dflib.Series;

/** Finds rows equal in every column to an earlier row (pandas' {@code drop_duplicates}). */
final class RowDeduplicator {
    private final Series<?>[] columns;
    /** Row hash to the first row with that hash; collisions chain through {@link #next}. */
    private final Map<Integer, Integer> first = new HashMap<>();
    private final int[] next;

    RowDeduplicator(DataFrame frame) {
        columns = new Series<?>[frame.width()];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = frame.getColumn(c);
        }
        next = new int[frame.height()];
    }

    /** Whether row {@code r} repeats an earlier row passed here; if not, it is remembered. */
    boolean isRepeat(int r) {
        int hash = 1;
        for (Series<?> column : columns) {
            hash = 31 * hash + Objects.hashCode(column.get(r));
        }
        Integer head = first.get(hash);
        for (int candidate = head == null ? -1 : head; candidate >= 0; candidate = next[candidate]) {
            if (sameRow(candidate, r)) {
                return true;
            }
        }
        next[r] = head == null ? -1 : head;
        first.put(hash, r);
        return false;
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
