package io.huntbook.core.table;

import com.fasterxml.jackson.databind.JsonNode;
import io.huntbook.core.time.Timestamps;
import java.time.Instant;
import java.util.Arrays;
import org.dflib.Series;
import org.jspecify.annotations.Nullable;

/**
 * One column of JSON records while they are read. JSON says its own types, so they are kept: integers that fit a long
 * are {@code Long}, other numbers {@code Double}, booleans {@code Boolean}; strings are {@code Instant} when every one
 * is a timestamp, else {@code String}. A column holding any object or array keeps every value as a Jackson
 * {@code JsonNode}; a column mixing scalar types becomes text. A missing key or JSON null is a missing value.
 */
final class JsonColumn {
    private enum Kind { EMPTY, LONG, DOUBLE, BOOLEAN, TEXT, MIXED, NESTED }

    // Sparse: OTRF datasets have hundreds of columns, most of them empty in any one record.
    private int[] rows = new int[16];
    private JsonNode[] values = new JsonNode[16];
    private int count;
    private Kind kind = Kind.EMPTY;
    private boolean allTimestamps = true;

    /** Sets the value at {@code row}; rows are set in increasing order, and rows never set are missing. */
    void set(int row, @Nullable JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return;
        }
        if (count == rows.length) {
            rows = Arrays.copyOf(rows, count * 2);
            values = Arrays.copyOf(values, count * 2);
        }
        rows[count] = row;
        values[count] = value;
        count++;
        Kind k = kindOf(value);
        if (k == Kind.TEXT && allTimestamps && Timestamps.parseOrNull(value.textValue()) == null) {
            allTimestamps = false;
        }
        kind = join(kind, k);
    }

    private static Kind kindOf(JsonNode value) {
        if (value.isContainerNode()) {
            return Kind.NESTED;
        }
        if (value.isBoolean()) {
            return Kind.BOOLEAN;
        }
        if (value.isIntegralNumber()) {
            return value.canConvertToLong() ? Kind.LONG : Kind.MIXED;
        }
        if (value.isNumber()) {
            return Kind.DOUBLE;
        }
        return Kind.TEXT;
    }

    private static Kind join(Kind a, Kind b) {
        if (a == Kind.EMPTY || a == b) {
            return b;
        }
        if (a == Kind.NESTED || b == Kind.NESTED) {
            return Kind.NESTED;
        }
        if ((a == Kind.LONG && b == Kind.DOUBLE) || (a == Kind.DOUBLE && b == Kind.LONG)) {
            return Kind.DOUBLE;
        }
        return Kind.MIXED;
    }

    Series<?> toSeries(int height) {
        int n = height;
        return switch (kind) {
            case EMPTY -> Series.of(new String[n]);
            case LONG -> Series.of(map(n, new Long[n], JsonNode::longValue));
            case DOUBLE -> Series.of(map(n, new Double[n], JsonNode::doubleValue));
            case BOOLEAN -> Series.of(map(n, new Boolean[n], JsonNode::booleanValue));
            case TEXT -> allTimestamps
                    ? Series.of(map(n, new Instant[n], v -> Timestamps.parseOrNull(v.textValue())))
                    : Series.of(map(n, new String[n], JsonNode::textValue));
            case MIXED -> Series.of(map(n, new String[n], JsonNode::asText));
            case NESTED -> Series.of(map(n, new JsonNode[n], v -> v));
        };
    }

    private <T> T[] map(int n, T[] out, java.util.function.Function<JsonNode, @Nullable T> convert) {
        for (int i = 0; i < count; i++) {
            out[rows[i]] = convert.apply(values[i]);
        }
        return out;
    }
}
