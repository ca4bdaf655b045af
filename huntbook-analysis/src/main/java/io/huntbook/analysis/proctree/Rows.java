package io.huntbook.analysis.proctree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The processes of a tree before it is assembled: each row is either an input event (by its row number) or an
 * inferred parent (with the few values known about it), with its process key, parent key and creation time.
 *
 * <p>Process keys are numbered: equal keys have equal numbers, and each number's text ({@code name|id|time}) is
 * kept once, so the tree is matched and de-duplicated by ints, never by hashing strings.
 */
final class Rows {
    private static final int NONE = -1;
    private int size;
    private int[] source = new int[16];
    private int[] origin = new int[16];
    private long[] time = new long[16];
    private int[] key = new int[16];
    private int[] parentKey = new int[16];
    private @Nullable Object[] effectiveLogon = new Object[16];
    private final List<@Nullable Map<String, Object>> inferred = new ArrayList<>();
    private int inferredCount;
    private String[] keyText = new String[16];
    private int keyCount;
    private @Nullable StringIndex keyIndex;
    /** Whether every input event's time cell is an {@code Instant} already (so the output keeps the cells). */
    private boolean eventTimesAreInstants;

    /** A new key number with its text; the caller knows it is not equal to an earlier key. */
    int newKey(String text) {
        if (keyCount == keyText.length) {
            keyText = Arrays.copyOf(keyText, keyCount * 2);
        }
        keyText[keyCount] = text;
        return keyCount++;
    }

    /** The number of a key given as text: an earlier key's number when the texts are equal. */
    int key(String text) {
        if (keyIndex == null) {
            keyIndex = new StringIndex(64);
        }
        int earlier = keyIndex.putIfAbsent(text, keyCount);
        return earlier >= 0 ? earlier : newKey(text);
    }

    String keyText(int key) {
        return keyText[key];
    }

    int keyCount() {
        return keyCount;
    }

    /** Adds an input event with its key number and its parent's (-1 for none); returns its row. */
    int addEvent(int sourceRow, long nanos, int procKey, int parent, @Nullable Object logon) {
        return add(sourceRow, sourceRow, nanos, procKey, parent, logon, null);
    }

    /**
     * Adds an inferred parent with the values known about it (by output column), learnt from input event
     * {@code originRow}; returns its row.
     */
    int addInferred(int originRow, long nanos, int procKey, int parent, @Nullable Object logon,
            Map<String, Object> values) {
        inferredCount++;
        return add(-1, originRow, nanos, procKey, parent, logon, values);
    }

    private int add(int sourceRow, int originRow, long nanos, int procKey, int parent, @Nullable Object logon,
            @Nullable Map<String, Object> values) {
        if (size == source.length) {
            ensureCapacity(size * 2);
        }
        source[size] = sourceRow;
        origin[size] = originRow;
        time[size] = nanos;
        key[size] = procKey;
        parentKey[size] = parent;
        effectiveLogon[size] = logon;
        if (values != null || inferredCount > 0) {
            // only rows from the first inferred one on need a slot: events come first
            while (inferred.size() < size) {
                inferred.add(null);
            }
            inferred.add(values);
        }
        return size++;
    }

    /** Room for {@code rows} rows without growing. */
    void ensureCapacity(int rows) {
        if (rows > source.length) {
            source = Arrays.copyOf(source, rows);
            origin = Arrays.copyOf(origin, rows);
            time = Arrays.copyOf(time, rows);
            key = Arrays.copyOf(key, rows);
            parentKey = Arrays.copyOf(parentKey, rows);
            effectiveLogon = Arrays.copyOf(effectiveLogon, rows);
        }
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

    /** The number of the row's process key. */
    int key(int row) {
        return key[row];
    }

    /** The number of the row's parent key, or -1 for none. */
    int parentKey(int row) {
        return parentKey[row];
    }

    String procKeyText(int row) {
        return keyText[key[row]];
    }

    @Nullable String parentKeyText(int row) {
        return parentKey[row] == NONE ? null : keyText[parentKey[row]];
    }

    @Nullable Object effectiveLogon(int row) {
        return effectiveLogon[row];
    }

    /** The known values of an inferred parent, by output column; null for input events. */
    @Nullable Map<String, Object> inferredValues(int row) {
        return row < inferred.size() ? inferred.get(row) : null;
    }

    void eventTimesAreInstants(boolean instants) {
        eventTimesAreInstants = instants;
    }

    boolean eventTimesAreInstants() {
        return eventTimesAreInstants;
    }
}
