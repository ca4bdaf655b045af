package io.huntbook.notebook.params;

import io.huntbook.core.BadInputException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The shape papermill gives every translator: a comment line, then {@code name = value} lines, each value written
 * by its kind. Languages without declared types inject the value exactly as papermill would.
 */
abstract class DynamicTranslator implements ParameterTranslator {
    @Override
    public String codify(Map<String, SuppliedValue> values, List<DeclaredParameter> declared) {
        StringBuilder content = new StringBuilder(comment("Parameters")).append('\n');
        values.forEach((name, supplied) -> {
            checkName(name);
            content.append(assign(name, translate(supplied.value()))).append('\n');
        });
        return content.toString();
    }

    /** A comment line; {@code # text} unless the language says otherwise. */
    String comment(String text) {
        return "# " + text;
    }

    /** An assignment; {@code name = code} unless the language says otherwise. */
    String assign(String name, String code) {
        return name + " = " + code;
    }

    /** Whether {@code name} can be assigned in this language. */
    abstract boolean isIdentifier(String name);

    final void checkName(String name) {
        if (!isIdentifier(name)) {
            throw new BadInputException("parameter name '" + name + "' is not a " + language().displayName()
                    + " identifier: use letters, digits and underscores, not starting with a digit");
        }
    }

    String translate(@Nullable Object value) {
        return switch (value) {
            case null -> translateNull();
            case String s -> translateString(s);
            case Boolean b -> translateBoolean(b);
            case BigInteger i -> translateInteger(i);
            case Double d -> translateFloat(d);
            case Number n -> translateInteger(new java.math.BigDecimal(n.toString()).toBigIntegerExact());
            case Map<?, ?> m -> translateMap(m);
            case List<?> l -> translateList(l);
            default -> translateString(value.toString());
        };
    }

    abstract String translateNull();

    abstract String translateString(String value);

    abstract String translateBoolean(boolean value);

    String translateInteger(BigInteger value) {
        return value.toString();
    }

    abstract String translateFloat(double value);

    /** A float as papermill writes it (Python's repr), with the language's own words for NaN and the infinities. */
    static String floatOr(double value, String nan, String infinity, String negativeInfinity) {
        if (Double.isNaN(value)) {
            return nan;
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? infinity : negativeInfinity;
        }
        return PythonNumbers.repr(value);
    }

    abstract String translateMap(Map<?, ?> value);

    abstract String translateList(List<?> value);

    /** A list as {@code open item, item close}. */
    final String joinList(List<?> value, String open, String separator, String close) {
        return value.stream().map(this::translate).collect(Collectors.joining(separator, open, close));
    }

    /** A mapping as {@code open "key" arrow value, ... close}, keys written as strings. */
    final String joinMap(Map<?, ?> value, String open, String arrow, String separator, String close) {
        return value.entrySet().stream()
                .map(e -> translateString(keyText(e.getKey())) + arrow + translate(e.getValue()))
                .collect(Collectors.joining(separator, open, close));
    }

    /** Python's str() of a mapping key, which papermill writes as a string key. */
    static String keyText(@Nullable Object key) {
        return switch (key) {
            case null -> "None";
            case String s -> s;
            case Boolean b -> b ? "True" : "False";
            case Double d -> PythonNumbers.repr(d);
            default -> key.toString();
        };
    }

    /** An ASCII identifier of letters, digits and underscores not starting with a digit. */
    static boolean isAsciiIdentifier(String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_]*");
    }

    /** A Unicode identifier (letters, digits, connectors), as Python 3, Java, Kotlin, Scala and Julia allow. */
    static boolean isUnicodeIdentifier(String name) {
        if (name.isEmpty()) {
            return false;
        }
        int first = name.codePointAt(0);
        if (!(Character.isUnicodeIdentifierStart(first) || first == '_')) {
            return false;
        }
        return name.codePoints().skip(1)
                .allMatch(cp -> Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp));
    }
}
