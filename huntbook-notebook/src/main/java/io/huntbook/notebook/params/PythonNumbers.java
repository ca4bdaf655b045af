package io.huntbook.notebook.params;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Python's number rules, as papermill relies on them: {@code int(str)} and {@code float(str)} (which decide how a
 * {@code -p} value is coerced) and {@code repr(float)} (how a float is written into Python code).
 */
final class PythonNumbers {
    private PythonNumbers() {}

    /** CPython refuses to parse integers longer than this many digits (sys.int_info.default_max_str_digits). */
    private static final int MAX_INT_DIGITS = 4300;

    private static final String DIGITS = "[0-9]++(?:_[0-9]++)*+";
    private static final Pattern INT = Pattern.compile("[+-]?" + DIGITS);
    private static final Pattern FLOAT = Pattern.compile(
            "[+-]?(?:" + DIGITS + "(?:\\.(?:" + DIGITS + ")?)?|\\." + DIGITS + ")(?:[eE][+-]?" + DIGITS + ")?");
    private static final Pattern SPECIAL = Pattern.compile("[+-]?(?:inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

    /** What Python's {@code int(text)} returns, or empty where it raises ValueError. */
    static Optional<BigInteger> parseInt(String text) {
        String ascii = toAsciiStripped(text);
        if (ascii == null || !INT.matcher(ascii).matches()) {
            return Optional.empty();
        }
        String digits = ascii.replace("_", "");
        if (digits.length() - (digits.startsWith("+") || digits.startsWith("-") ? 1 : 0) > MAX_INT_DIGITS) {
            return Optional.empty();
        }
        return Optional.of(new BigInteger(digits.startsWith("+") ? digits.substring(1) : digits));
    }

    /** What Python's {@code float(text)} returns, or empty where it raises ValueError. */
    static Optional<Double> parseFloat(String text) {
        String ascii = toAsciiStripped(text);
        if (ascii == null) {
            return Optional.empty();
        }
        if (SPECIAL.matcher(ascii).matches()) {
            boolean negative = ascii.startsWith("-");
            String word = ascii.replaceFirst("^[+-]", "").toLowerCase(java.util.Locale.ROOT);
            if (word.equals("nan")) {
                return Optional.of(Double.NaN);
            }
            return Optional.of(negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        }
        if (!FLOAT.matcher(ascii).matches()) {
            return Optional.empty();
        }
        // Both Python and Java round decimal text to the nearest double, so the results agree bit for bit.
        return Optional.of(Double.parseDouble(ascii.replace("_", "")));
    }

    /**
     * Python strips Unicode whitespace and reads any Unicode decimal digit as its ASCII digit before parsing a
     * number; any other non-ASCII character makes the text invalid (null here).
     */
    private static @org.jspecify.annotations.Nullable String toAsciiStripped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (isPythonSpace(cp)) {
                out.append(' ');
            } else if (cp < 0x80) {
                out.append((char) cp);
            } else if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                out.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                return null;
            }
        }
        return out.toString().strip();
    }

    /** Python's str.isspace(): what {@code int()} and {@code float()} strip. */
    static boolean isPythonSpace(int cp) {
        return switch (cp) {
            case '\t', '\n', 0x0b, '\f', '\r', 0x1c, 0x1d, 0x1e, 0x1f, ' ', 0x85, 0xa0, 0x1680, 0x2028, 0x2029,
                    0x202f, 0x205f, 0x3000 -> true;
            default -> cp >= 0x2000 && cp <= 0x200a;
        };
    }

    /** Python's {@code repr(float)}: the shortest text that reads back to the same double. */
    static String repr(double value) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return 1 / value < 0 ? "-0.0" : "0.0";
        }
        BigDecimal shortest = shortest(Math.abs(value));
        String digits = shortest.unscaledValue().toString();
        int point = digits.length() - shortest.scale();
        String sign = value < 0 ? "-" : "";
        if (point <= -4 || point > 16) {
            int exponent = point - 1;
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            String exp = String.valueOf(Math.abs(exponent));
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + (exp.length() < 2 ? "0" + exp : exp);
        }
        if (point <= 0) {
            return sign + "0." + "0".repeat(-point) + digits;
        }
        if (point >= digits.length()) {
            return sign + digits + "0".repeat(point - digits.length()) + ".0";
        }
        return sign + digits.substring(0, point) + "." + digits.substring(point);
    }

    /**
     * The shortest decimal that reads back as {@code value}, the closest one among equals (Python's dtoa mode 0).
     * Java's Double.toString gives the same, except that where one digit would do it may choose two closer ones.
     */
    private static BigDecimal shortest(double value) {
        BigDecimal java = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        if (java.precision() != 2) {
            return java;
        }
        BigDecimal exact = new BigDecimal(value);
        BigDecimal rounded = exact.round(new MathContext(1, RoundingMode.HALF_EVEN));
        BigDecimal step = BigDecimal.ONE.scaleByPowerOfTen(-rounded.scale());
        BigDecimal best = null;
        for (BigDecimal candidate : new BigDecimal[] {rounded, rounded.subtract(step), rounded.add(step)}) {
            if (candidate.signum() > 0 && candidate.precision() == 1
                    && Double.parseDouble(candidate.toString()) == value
                    && (best == null || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                best = candidate;
            }
        }
        return best == null ? java : best.stripTrailingZeros();
    }
}
