package io.huntbook.notebook.params;

import io.huntbook.core.BadInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * JShell declarations typed from the notebook's own {@code parameters} cell: {@code -r days 7} against
 * {@code int days = 2;} gives {@code int days = 7;}, an ISO text against {@code Instant} gives
 * {@code Instant.parse("...")}. Every supplied value, {@code -r} text included, is converted to the declared type;
 * one that does not convert is refused (exit 2) naming the parameter, the type and the value. A parameter the cell
 * does not declare gets the type of its value.
 */
final class JavaTranslator implements ParameterTranslator {
    private static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface",
            "long", "native", "new", "package", "private", "protected", "public", "return", "short", "static",
            "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void",
            "volatile", "while", "true", "false", "null", "_", "var", "record", "yield", "sealed", "permits");

    @Override
    public KernelLanguage language() {
        return KernelLanguage.JAVA;
    }

    @Override
    public String codify(Map<String, SuppliedValue> values, List<DeclaredParameter> declared) {
        Map<String, DeclaredParameter> byName = new LinkedHashMap<>();
        for (DeclaredParameter p : declared) {
            byName.putIfAbsent(p.name(), p);
        }
        StringBuilder content = new StringBuilder("// Parameters\n");
        values.forEach((name, supplied) -> content.append(declaration(name, supplied, byName.get(name))).append('\n'));
        return content.toString();
    }

    static boolean isIdentifier(String name) {
        if (name.isEmpty() || KEYWORDS.contains(name) || !Character.isJavaIdentifierStart(name.codePointAt(0))) {
            return false;
        }
        return name.codePoints().allMatch(cp -> Character.isJavaIdentifierPart(cp)
                && !Character.isIdentifierIgnorable(cp));
    }

    private String declaration(String name, SuppliedValue supplied, @Nullable DeclaredParameter declared) {
        if (!isIdentifier(name)) {
            throw new BadInputException("parameter name '" + name + "' is not a Java identifier:"
                    + " use letters, digits and underscores, not starting with a digit");
        }
        if (declared == null || declared.type() == null) {
            return inferred(name, supplied.value());
        }
        JavaType type;
        if (declared.type().equals("var")) {
            var fromInitializer = JavaType.ofInitializer(declared.defaultValue());
            if (fromInitializer.isEmpty()) {
                return inferred(name, supplied.value());
            }
            type = fromInitializer.get();
        } else {
            type = JavaType.of(declared.type()).orElseThrow(() -> new BadInputException("parameter '" + name
                    + "' is declared " + declared.type() + ", which Huntbook cannot convert values to: declare it as "
                    + JavaType.SUPPORTED));
        }
        if (type.kind() == JavaType.Kind.OBJECT) {
            return type.declared() + " " + name + " = " + JavaLiterals.any(supplied.value()) + ";";
        }
        return type.declared() + " " + name + " = " + new TypedConversion(name, type, supplied, JavaLiterals.SYNTAX)
                .expression() + ";";
    }

    private static String inferred(String name, @Nullable Object value) {
        return JavaLiterals.inferredType(value) + " " + name + " = " + JavaLiterals.any(value) + ";";
    }

}
