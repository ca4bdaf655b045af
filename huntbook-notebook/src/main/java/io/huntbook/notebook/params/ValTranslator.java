package io.huntbook.notebook.params;

import io.huntbook.core.BadInputException;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Kotlin and Scala: a parameter the {@code parameters} cell declares with a type (or with a literal the type is
 * inferred from) is written {@code val name: Type = value}, every supplied value, {@code -r} text included,
 * converted to that type by the same rules as Java; one that does not convert is refused (exit 2) naming the
 * parameter, the type and the value. A parameter the cell does not declare is written as papermill writes it.
 */
abstract class ValTranslator extends DynamicTranslator implements TypedSyntax {
    /** Above this length a string is joined from pieces at run time: a class-file constant is limited to 64 KiB. */
    static final int PIECE = JavaLiterals.PIECE;

    @Override
    public final String codify(Map<String, SuppliedValue> values, List<DeclaredParameter> declared) {
        Map<String, DeclaredParameter> byName = new LinkedHashMap<>();
        for (DeclaredParameter p : declared) {
            byName.putIfAbsent(p.name(), p);
        }
        StringBuilder content = new StringBuilder(comment("Parameters")).append('\n');
        values.forEach((name, supplied) -> {
            checkName(name);
            DeclaredParameter d = byName.get(name);
            if (d == null || d.type() == null) {
                content.append(assign(name, translate(supplied.value())));
            } else {
                JavaType type = ValTypes.of(d.type(), language()).orElseThrow(() -> new BadInputException(
                        "parameter '" + name + "' is declared " + d.type() + ", which Huntbook cannot convert values"
                                + " to: declare it as " + ValTypes.supported(language())));
                content.append("val ").append(name).append(": ").append(d.type()).append(" = ")
                        .append(new TypedConversion(name, type, supplied, this).expression());
            }
            content.append('\n');
        });
        return content.toString();
    }

    @Override
    String assign(String name, String code) {
        return "val " + name + " = " + code;
    }

    @Override
    String comment(String text) {
        return "// " + text;
    }

    @Override
    String translateNull() {
        return "null";
    }

    @Override
    String translateBoolean(boolean value) {
        return Boolean.toString(value);
    }

    /** One string literal of at most {@link #PIECE} characters. */
    abstract String quoted(String value);

    /** An expression joining string literals at run time, so the compiler cannot fold them into one constant. */
    abstract String joinPieces(List<String> pieces);

    @Override
    final String translateString(String value) {
        if (value.length() <= PIECE) {
            return quoted(value);
        }
        List<String> pieces = new java.util.ArrayList<>();
        int start = 0;
        while (start < value.length()) {
            int end = Math.min(value.length(), start + PIECE);
            if (end < value.length() && Character.isHighSurrogate(value.charAt(end - 1))) {
                end--;
            }
            pieces.add(quoted(value.substring(start, end)));
            start = end;
        }
        return joinPieces(pieces);
    }

    @Override
    public final String nullLiteral() {
        return "null";
    }

    @Override
    public final String string(String value) {
        return translateString(value);
    }

    @Override
    public final String doubleLiteral(double value) {
        return translateFloat(value);
    }

    @Override
    public final String longName() {
        return "Long";
    }

    @Override
    public final String any(@Nullable Object value) {
        return translate(value);
    }

    /** The start of a list expression, up to the first element: {@code listOf(} or {@code List(}. */
    abstract String listOpen();

    /** The start of a mapping expression: {@code mapOf(} or {@code Map(}. */
    abstract String mapOpen();

    /** What joins a key to its value: {@code " to "} or {@code " -> "}. */
    abstract String arrow();

    @Override
    final String translateMap(Map<?, ?> value) {
        return joinMap(value, mapOpen(), arrow(), ", ", ")");
    }

    @Override
    final String translateList(List<?> value) {
        return joinList(value, listOpen(), ", ", ")");
    }

    @Override
    public final String list(String qualifier, List<String> elements) {
        return listOpen() + String.join(", ", elements) + ")";
    }

    @Override
    public final String map(String qualifier, Map<String, String> pairs) {
        return pairs.entrySet().stream().map(e -> e.getKey() + arrow() + e.getValue())
                .collect(java.util.stream.Collectors.joining(", ", mapOpen(), ")"));
    }
}
