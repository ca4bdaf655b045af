package io.huntbook.notebook.params;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/** Generators of parameter values for property tests, and the comparison that a round trip must pass. */
final class Values {
    private Values() {}

    static final String[] NASTY = {"\\u000a", "\\u0022", "\\\\u0022", "\"; System.exit(3); \"", "*/", "/*", "\\",
        "\\u005c", "\u0000", "\r\n", "\u2028", "\u202e", "${x}", "$(id)", "`id`", "'", "''", "\uFEFF", "%s", "#{x}",
        "\\x41", "\\U0001F600", "\ud83d\ude00", "\"\"\"", "\\\"", "\u0085", "\u2018\u201c"};

    static String string(SplittableRandom r) {
        int kind = r.nextInt(6);
        if (kind == 0) {
            return NASTY[r.nextInt(NASTY.length)] + anyString(r, 5) + NASTY[r.nextInt(NASTY.length)];
        }
        return anyString(r, kind == 1 ? 60 : 12);
    }

    private static final String SPECIAL = "\"'\\\n\r\t$`{}%*/u#@!";

    /**
     * Any text of up to {@code maxLength} code points: ASCII, controls and NUL, quoting characters, the BMP and
     * the supplementary planes (surrogate pairs). (PropertyCheck.anyString can index past its own table.)
     */
    static String anyString(SplittableRandom r, int maxLength) {
        int length = r.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int kind = r.nextInt(10);
            int cp;
            if (kind < 4) {
                cp = 0x20 + r.nextInt(0x5f);
            } else if (kind < 5) {
                cp = r.nextInt(0x20);
            } else if (kind < 7) {
                cp = SPECIAL.charAt(r.nextInt(SPECIAL.length()));
            } else if (kind < 9) {
                cp = 0x80 + r.nextInt(0xD800 - 0x80);
            } else {
                cp = 0x10000 + r.nextInt(0x10FFFF - 0x10000);
            }
            text.appendCodePoint(cp);
        }
        return text.toString();
    }

    static final BigInteger[] EDGE_INTS = {BigInteger.ZERO, BigInteger.ONE, BigInteger.ONE.negate(),
        BigInteger.valueOf(Integer.MAX_VALUE), BigInteger.valueOf(Integer.MIN_VALUE),
        BigInteger.valueOf(Integer.MAX_VALUE).add(BigInteger.ONE), BigInteger.valueOf(Integer.MIN_VALUE).subtract(BigInteger.ONE),
        BigInteger.valueOf(Long.MAX_VALUE), BigInteger.valueOf(Long.MIN_VALUE),
        BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE), BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE)};

    static BigInteger integer(SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0 -> EDGE_INTS[r.nextInt(EDGE_INTS.length)];
            case 1 -> new BigInteger(1 + r.nextInt(300), new java.util.Random(r.nextLong()))
                    .multiply(BigInteger.valueOf(r.nextBoolean() ? 1 : -1));
            case 2 -> BigInteger.valueOf(r.nextLong());
            default -> BigInteger.valueOf(r.nextInt(-1000, 1000));
        };
    }

    static final double[] EDGE_DOUBLES = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0,
        Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_NORMAL, 1e16, 1e15, 1e-5,
        1e-4, 0.1, 1e22, 1e23, 9007199254740993.0, 5e-324, 2.2250738585072009e-308};

    static double floating(SplittableRandom r) {
        return switch (r.nextInt(4)) {
            case 0 -> EDGE_DOUBLES[r.nextInt(EDGE_DOUBLES.length)];
            case 1 -> Double.longBitsToDouble(r.nextLong());
            case 2 -> r.nextInt(-100000, 100000) / Math.pow(10, r.nextInt(8));
            default -> r.nextDouble() * Math.pow(10, r.nextInt(-30, 30));
        };
    }

    /** Any value papermill can inject: scalars, and lists and mappings nested up to {@code depth}. */
    static @Nullable Object any(SplittableRandom r, int depth) {
        int kind = r.nextInt(depth > 0 ? 9 : 7);
        return switch (kind) {
            case 0 -> null;
            case 1 -> r.nextBoolean();
            case 2 -> integer(r);
            case 3 -> floating(r);
            case 4, 5, 6 -> string(r);
            case 7 -> {
                List<@Nullable Object> list = new ArrayList<>();
                int n = r.nextInt(5);
                for (int i = 0; i < n; i++) {
                    list.add(any(r, depth - 1));
                }
                yield list;
            }
            default -> {
                Map<String, @Nullable Object> map = new LinkedHashMap<>();
                int n = r.nextInt(5);
                for (int i = 0; i < n; i++) {
                    map.put(string(r), any(r, depth - 1));
                }
                yield map;
            }
        };
    }

    /** Java's boxed numbers as the canonical BigInteger, so what came back can be compared with what went in. */
    static @Nullable Object normalize(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case Integer i -> BigInteger.valueOf(i);
            case Long l -> BigInteger.valueOf(l);
            case List<?> list -> {
                List<@Nullable Object> copy = new ArrayList<>();
                list.forEach(item -> copy.add(normalize(item)));
                yield copy;
            }
            case Map<?, ?> map -> {
                Map<Object, @Nullable Object> copy = new LinkedHashMap<>();
                map.forEach((k, v) -> copy.put(normalize(k), normalize(v)));
                yield copy;
            }
            default -> value;
        };
    }

    /** Equal values, with mappings also in the same order when {@code ordered}. */
    static boolean same(@Nullable Object expected, @Nullable Object actual, boolean ordered) {
        if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
            if (!e.keySet().equals(a.keySet()) || ordered && !List.copyOf(e.keySet()).equals(List.copyOf(a.keySet()))) {
                return false;
            }
            return e.keySet().stream().allMatch(k -> same(e.get(k), a.get(k), ordered));
        }
        if (expected instanceof List<?> e && actual instanceof List<?> a) {
            if (e.size() != a.size()) {
                return false;
            }
            for (int i = 0; i < e.size(); i++) {
                if (!same(e.get(i), a.get(i), ordered)) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(expected, actual);
    }
}
