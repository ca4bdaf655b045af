package io.huntbook.core.table;

import io.huntbook.core.time.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dflib.Series;
import org.jspecify.annotations.Nullable;

/**
 * One column of a delimited file while it is read: the text of its cells and the narrowest type they all fit, in
 * the order long, double, boolean, timestamp, string. An empty cell is missing (null). Typed values are read from the
 * trimmed text (exporters pad timestamps); a column that stays text keeps its cells exactly.
 */
final class TextColumn {
    enum Kind { EMPTY, LONG, DOUBLE, BOOLEAN, TIMESTAMP, STRING }

    private final List<@Nullable String> cells = new ArrayList<>();
    private Kind kind = Kind.EMPTY;

    void add(@Nullable String cell) {
        if (cell == null || cell.isEmpty()) {
            cells.add(null);
            return;
        }
        cells.add(cell);
        if (kind != Kind.STRING) {
            kind = join(kind, classify(cell.strip()));
        }
    }

    int size() {
        return cells.size();
    }

    Kind kind() {
        return kind;
    }

    static Kind join(Kind a, Kind b) {
        if (a == Kind.EMPTY || a == b) {
            return b;
        }
        if (b == Kind.EMPTY) {
            return a;
        }
        if ((a == Kind.LONG && b == Kind.DOUBLE) || (a == Kind.DOUBLE && b == Kind.LONG)) {
            return Kind.DOUBLE;
        }
        return Kind.STRING;
    }

    static Kind classify(String s) {
        if (s.isEmpty()) {
            return Kind.STRING;
        }
        if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
            return Kind.BOOLEAN;
        }
        Kind number = numberKind(s);
        if (number != null) {
            return number;
        }
        return Timestamps.parseOrNull(s) != null ? Kind.TIMESTAMP : Kind.STRING;
    }

    /** LONG for an integer that fits a long, DOUBLE for a decimal or exponent form, null otherwise; no exceptions. */
    private static @Nullable Kind numberKind(String s) {
        switch (s) {
            case "NaN", "nan", "inf", "-inf", "+inf", "Infinity", "-Infinity", "+Infinity" -> {
                return Kind.DOUBLE;
            }
            default -> { }
        }
        int i = 0;
        int n = s.length();
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            i++;
        }
        int intDigits = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
            intDigits++;
        }
        if (i == n) {
            if (intDigits == 0) {
                return null;
            }
            // Integers beyond a long stay text, so long ids never lose digits to a double.
            return fitsLong(s) ? Kind.LONG : null;
        }
        int fracDigits = 0;
        if (s.charAt(i) == '.') {
            i++;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                fracDigits++;
            }
        }
        if (intDigits + fracDigits == 0) {
            return null;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int expDigits = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                expDigits++;
            }
            if (expDigits == 0) {
                return null;
            }
        }
        return i == n ? Kind.DOUBLE : null;
    }

    private static boolean fitsLong(String s) {
        try {
            Long.parseLong(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The typed series for this column, padded with nulls to {@code height} rows. */
    Series<?> toSeries(int height) {
        while (cells.size() < height) {
            cells.add(null);
        }
        int n = cells.size();
        boolean anyNull = cells.contains(null);
        return switch (kind) {
            case EMPTY, STRING -> Series.of(cells.toArray(new String[0]));
            case LONG -> {
                if (!anyNull) {
                    long[] values = new long[n];
                    for (int r = 0; r < n; r++) {
                        values[r] = Long.parseLong(cells.get(r).strip());
                    }
                    yield Series.ofLong(values);
                }
                Long[] values = new Long[n];
                for (int r = 0; r < n; r++) {
                    String cell = cells.get(r);
                    values[r] = cell == null ? null : Long.parseLong(cell.strip());
                }
                yield Series.of(values);
            }
            case DOUBLE -> {
                if (!anyNull) {
                    double[] values = new double[n];
                    for (int r = 0; r < n; r++) {
                        values[r] = parseDouble(cells.get(r));
                    }
                    yield Series.ofDouble(values);
                }
                Double[] values = new Double[n];
                for (int r = 0; r < n; r++) {
                    String cell = cells.get(r);
                    values[r] = cell == null ? null : parseDouble(cell);
                }
                yield Series.of(values);
            }
            case BOOLEAN -> {
                Boolean[] values = new Boolean[n];
                for (int r = 0; r < n; r++) {
                    String cell = cells.get(r);
                    values[r] = cell == null ? null : Boolean.valueOf(cell.strip().equalsIgnoreCase("true"));
                }
                yield Series.of(values);
            }
            case TIMESTAMP -> {
                Instant[] values = new Instant[n];
                for (int r = 0; r < n; r++) {
                    String cell = cells.get(r);
                    values[r] = cell == null ? null : Timestamps.parseOrNull(cell);
                }
                yield Series.of(values);
            }
        };
    }

    private static double parseDouble(String cell) {
        String s = cell.strip();
        return switch (s) {
            case "NaN", "nan" -> Double.NaN;
            case "inf", "+inf", "Infinity", "+Infinity" -> Double.POSITIVE_INFINITY;
            case "-inf", "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(s);
        };
    }
}
