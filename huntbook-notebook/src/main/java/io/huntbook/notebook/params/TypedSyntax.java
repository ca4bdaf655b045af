package io.huntbook.notebook.params;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How a typed JVM language spells the values {@link TypedConversion} produces. Every method returns an expression
 * that evaluates to exactly the value given, whatever it holds.
 */
interface TypedSyntax {
    String nullLiteral();

    String string(String value);

    /** A value already known to fit an int. */
    String intLiteral(BigInteger value);

    /** A value already known to fit a long. */
    String longLiteral(BigInteger value);

    String doubleLiteral(double value);

    /** What a message calls the 64-bit integer type. */
    String longName();

    /** {@code Type.parse("text")} for the java.time types. */
    default String parse(String qualifier, String text) {
        return qualifier + ".parse(" + string(text) + ")";
    }

    /** A list of the given element expressions; {@code qualifier} is the list type as the notebook spells it. */
    String list(String qualifier, List<String> elements);

    /** A mapping of key expressions to value expressions, in order. */
    String map(String qualifier, Map<String, String> pairs);

    /** A value of any shape, for {@code Object}-typed parameters. */
    String any(@Nullable Object value);
}
