package io.huntbook.analysis.proctree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The processes of a tree before it is assembled: each row is either an input event (by its row number) or an
 * inferred parent (with the few values known about it), with its process key, parent key and creation time.
 */
final class Rows {
    private int size;
    private int[] source = new int[16];
    private int[] origin = new int[16];
    private long[] time = new long[16];
    private String[] procKey = new String[16];
    private @Nullable String[] parentKey = new String[16];
    /** The row whose process key is this row's parent key, when the extractor knows it (-1 otherwise). */
    private int[] parentRow = new int[16];
    private @Nullable Object[] effectiveLogon = new Object[16];
    private final List<@Nullable Map<String, Object>> inferred = new ArrayList<>();

    /** Adds an input event; returns its row. */
    int addEvent(int sourceRow, long nanos, String key, @Nullable String parent, @Nullable Object logon) {
        return add(sourceRow, sourceRow, nanos, key, parent, -1, logon, null);
    }

    /**
     * Adds an input event whose parent is the earlier row {@code parentRow} (so the tree needs no lookup by key);
     * returns its row.
     */
    int addEvent(int sourceRow, long nanos, String key, String parent, int parentRow, @Nullable Object logon) {
        return add(sourceRow, sourceRow, nanos, key, parent, parentRow, logon, null);
    }

    /**
     * Adds an inferred parent with the values known about it (by output column), learnt from input event
     * {@code originRow}; returns its row.
     */
    int addInferred(int originRow, long nanos, String key, @Nullable String parent, @Nullable Object logon,
            Map<String, Object> values) {
        return add(-1, originRow, nanos, key, parent, -1, logon, values);
    }

    private int add(int sourceRow, int originRow, long nanos, String key, @Nullable String parent, int parentAt,
            @Nullable Object logon, @Nullable Map<String, Object> values) {
        if (size == source.length) {
            int capacity = size * 2;
            source = Arrays.copyOf(source, capacity);
            origin = Arrays.copyOf(origin, capacity);
            time = Arrays.copyOf(time, capacity);
            procKey = Arrays.copyOf(procKey, capacity);
            parentKey = Arrays.copyOf(parentKey, capacity);
            parentRow = Arrays.copyOf(parentRow, capacity);
            effectiveLogon = Arrays.copyOf(effectiveLogon, capacity);
        }
        source[size] = sourceRow;
        origin[size] = originRow;
        time[size] = nanos;
        procKey[size] = key;
        parentKey[size] = parent;
        parentRow[size] = parentAt;
        effectiveLogon[size] = logon;
        inferred.add(values);
        return size++;
    }

    int size() {
        return size;
    }

    int source(int row) {
        return source[row];
    }

    /** The input event an inferred row was learnt from (for events, the event itself). */
    int origin(int row) {
        return origin[row];
    }

    long time(int row) {
        return time[row];
    }

    String procKey(int row) {
        return procKey[row];
    }

    @Nullable String parentKey(int row) {
        return parentKey[row];
    }

    void setParentKey(int row, @Nullable String key) {
        parentKey[row] = key;
        parentRow[row] = -1;
    }

    /** The row that carries this row's parent key, or -1 when only the key is known. */
    int parentRow(int row) {
        return parentRow[row];
    }

    @Nullable Object effectiveLogon(int row) {
        return effectiveLogon[row];
    }

    /** The known values of an inferred parent, by output column; null for input events. */
    @Nullable Map<String, Object> inferredValues(int row) {
        return inferred.get(row);
    }
}
