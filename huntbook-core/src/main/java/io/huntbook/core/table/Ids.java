package io.huntbook.core.table;

import io.huntbook.core.BadInputException;
import java.math.BigDecimal;
import java.util.OptionalLong;
import org.dflib.Series;
import org.jspecify.annotations.Nullable;

/**
 * Tolerant reading of id values such as process ids (DESIGN.md §6.A): decimal ({@code 5648}), {@code 0x} hex
 * ({@code 0x1610}, as Windows event 4688 writes them) and integral floats ({@code 22536.0}, as pandas writes an integer
 * column that had a missing value).
 */
public final class Ids {
    private Ids() {}

    private static final String FORMS = "use a decimal number, 0x hex or an integral number such as 22536.0";

    /** The id {@code text} names; throws {@link BadInputException} when it is not one. */
    public static long parseLong(String text) {
        OptionalLong id = tryParseLong(text);
        if (id.isEmpty()) {
            throw new BadInputException("not an id: '" + text + "': " + FORMS);
        }
        return id.getAsLong();
    }

    /** The id {@code text} names, or empty when it is not one. Blank text is not an id. */
    public static OptionalLong tryParseLong(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return OptionalLong.empty();
        }
        boolean negative = s.charAt(0) == '-';
        String body = s.charAt(0) == '-' || s.charAt(0) == '+' ? s.substring(1) : s;
        try {
            if (body.length() > 2 && body.charAt(0) == '0' && (body.charAt(1) == 'x' || body.charAt(1) == 'X')) {
                String hex = body.substring(2);
                if (hex.length() > 16 || hex.indexOf('+') >= 0 || hex.indexOf('-') >= 0) {
                    return OptionalLong.empty();
                }
                long value = Long.parseUnsignedLong(hex, 16);
                return OptionalLong.of(negative ? -value : value);
            }
            if (isDigits(body)) {
                return OptionalLong.of(Long.parseLong(s));
            }
            if (!looksDecimal(body)) {
                return OptionalLong.empty();
            }
            BigDecimal value = new BigDecimal(s.charAt(0) == '+' ? body : s);
            return OptionalLong.of(value.longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return OptionalLong.empty();
        }
    }

    /**
     * The id a cell holds, or null for a missing one (null, blank, NaN). Accepts what {@link Tables#read} gives for id
     * columns left untyped: {@code Long}, {@code Double} (integral), {@code String} in any accepted form.
     */
    public static @Nullable Long toLong(@Nullable Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Long l) {
            return l;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d)) {
                return null;
            }
            if (d != Math.rint(d) || Double.isInfinite(d) || Math.abs(d) > 0x1p63) {
                throw new BadInputException("not an id: " + value + ": " + FORMS);
            }
            return (long) d;
        }
        if (value instanceof BigDecimal bd) {
            return parseLong(bd.toPlainString());
        }
        String text = value.toString();
        return text.isBlank() ? null : parseLong(text);
    }

    /** A column of ids as {@code Long} values (null where missing); the error names the column and the row. */
    public static Series<Long> column(Series<?> values, String columnName) {
        Long[] ids = new Long[values.size()];
        for (int i = 0; i < ids.length; i++) {
            try {
                ids[i] = toLong(values.get(i));
            } catch (BadInputException e) {
                throw new BadInputException("column " + columnName + ", row " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return Series.of(ids);
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Digits with at most one dot and an optional exponent; BigDecimal accepts more, which ids should not. */
    private static boolean looksDecimal(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && c != 'e' && c != 'E' && c != '+' && c != '-') {
                return false;
            }
        }
        return !s.isEmpty() && Character.isDigit(s.charAt(0)) || s.startsWith(".");
    }
}
