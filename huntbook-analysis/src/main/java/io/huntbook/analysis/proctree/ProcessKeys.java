package io.huntbook.analysis.proctree;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Numbers for the process keys ({@code name|id|time}) of events, found from the key's parts without making or
 * hashing its text: the key time in 10 µs units, the lower-cased name's number and the id's text as a number (its
 * value when the text is the plain decimal of a long, else the text's own number). A name or id text with a
 * {@code |} in it is numbered by the text {@code name|id}, since the parts of such a key are ambiguous.
 *
 * <p>Events come in time order, so keys of one time unit come one after another: only the keys of the current
 * unit are compared, and a hash map is used for long runs and for unit 0, where inferred parents' keys go.
 */
final class ProcessKeys {
    private static final int RUN_LIMIT = 16;
    private static final int NUMERIC = 0;
    private static final int TEXT = 1;
    private static final int WHOLE = 2;

    private record Parts(long units, long id, long name) {}

    private record IdText(long number, int kind, boolean bar) {}

    private long runUnits = Long.MIN_VALUE;
    private final long[] runId = new long[RUN_LIMIT];
    private final long[] runName = new long[RUN_LIMIT];
    private final int[] runKey = new int[RUN_LIMIT];
    private int runSize;
    private boolean runInMap;
    private final Map<Parts, Integer> map = new HashMap<>();
    private final Map<Object, IdText> idTexts = new HashMap<>();
    private final Map<String, Long> textNumbers = new HashMap<>();
    private final Map<String, Long> wholeNumbers = new HashMap<>();

    /**
     * The number of the key of a process named {@code lowered} (the name's number {@code nameId}) with id cell
     * {@code id} created at {@code nanos}; a new key gets its text and a new number from {@code rows}. Calls with
     * a non-zero unit must come in non-decreasing unit order.
     */
    int number(Rows rows, int nameId, String lowered, boolean nameHasBar, Object id, long nanos) {
        long units = Values.keyUnits(nanos);
        long idPart;
        long namePart;
        IdText text = id instanceof Long value ? null : idText(id);
        if (text == null && !nameHasBar) {
            idPart = (Long) id;
            namePart = (long) nameId << 2 | NUMERIC;
        } else if (text != null && !nameHasBar && !text.bar) {
            idPart = text.number;
            namePart = (long) nameId << 2 | text.kind;
        } else {
            String whole = lowered + "|" + Values.idText(id);
            idPart = wholeNumbers.computeIfAbsent(whole, w -> (long) wholeNumbers.size());
            namePart = WHOLE;
        }
        int found = find(units, idPart, namePart);
        if (found >= 0) {
            return found;
        }
        int key = rows.newKey(lowered + "|" + Values.idText(id) + "|" + Values.keyTime(nanos));
        remember(units, idPart, namePart, key);
        return key;
    }

    private int find(long units, long id, long name) {
        if (units == 0) {
            return map.getOrDefault(new Parts(units, id, name), -1);
        }
        if (units != runUnits) {
            if (units < runUnits) {
                throw new IllegalStateException("keys must come in time order");
            }
            runUnits = units;
            runSize = 0;
            runInMap = false;
        }
        if (runInMap) {
            return map.getOrDefault(new Parts(units, id, name), -1);
        }
        for (int i = 0; i < runSize; i++) {
            if (runId[i] == id && runName[i] == name) {
                return runKey[i];
            }
        }
        return -1;
    }

    private void remember(long units, long id, long name, int key) {
        if (units == 0 || runInMap) {
            map.put(new Parts(units, id, name), key);
            return;
        }
        if (runSize == RUN_LIMIT) {
            for (int i = 0; i < runSize; i++) {
                map.put(new Parts(units, runId[i], runName[i]), runKey[i]);
            }
            runInMap = true;
            map.put(new Parts(units, id, name), key);
            return;
        }
        runId[runSize] = id;
        runName[runSize] = name;
        runKey[runSize++] = key;
    }

    /** The id's text as a number, once per distinct cell. */
    private IdText idText(Object id) {
        IdText known = idTexts.get(id);
        if (known == null) {
            String text = String.valueOf(Values.idText(id));
            Long decimal = plainDecimal(text);
            known = decimal != null ? new IdText(decimal, NUMERIC, false)
                    : new IdText(textNumbers.computeIfAbsent(text, t -> (long) textNumbers.size()), TEXT,
                            text.indexOf('|') >= 0);
            idTexts.put(id, known);
        }
        return known;
    }

    /** The value of a text that is exactly {@code Long.toString} of it, else null. */
    static @Nullable Long plainDecimal(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        int digits = text.length() - start;
        if (digits < 1 || digits > 19 || (text.charAt(start) == '0' && (digits > 1 || start == 1))) {
            return null;
        }
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null; // beyond a long
        }
    }
}
