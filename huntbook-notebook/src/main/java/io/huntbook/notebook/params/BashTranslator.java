package io.huntbook.notebook.params;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * bash as papermill writes it: {@code name=value} with values quoted by Python's {@code shlex.quote}, lists as
 * arrays. Mappings become associative arrays ({@code declare -A}); nested values are passed as their Python text.
 * bash strings cannot hold NUL, so such a value is refused.
 */
final class BashTranslator extends DynamicTranslator {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    @Override
    public KernelLanguage language() {
        return KernelLanguage.BASH;
    }

    @Override
    String assign(String name, String code) {
        return code.startsWith("declare -A ") ? "declare -A " + name + "=" + code.substring("declare -A ".length())
                : name + "=" + code;
    }

    @Override
    boolean isIdentifier(String name) {
        return isAsciiIdentifier(name);
    }

    /** Python's shlex.quote. */
    static String quote(String value) {
        if (value.isEmpty()) {
            return "''";
        }
        if (SAFE.matcher(value).matches()) {
            return value;
        }
        return "'" + value.replace("'", "'\"'\"'") + "'";
    }

    @Override
    String translateNull() {
        return "''";
    }

    @Override
    String translateString(String value) {
        Escaper.requireText(value, "bash", false);
        return quote(value);
    }

    @Override
    String translateBoolean(boolean value) {
        return Boolean.toString(value);
    }

    @Override
    String translateFloat(double value) {
        return PythonNumbers.repr(value);
    }

    @Override
    String translateMap(Map<?, ?> value) {
        return value.entrySet().stream()
                .map(e -> "[" + translateString(keyText(e.getKey())) + "]=" + element(e.getValue()))
                .collect(Collectors.joining(" ", "declare -A (", ")"));
    }

    @Override
    String translateList(List<?> value) {
        return value.stream().map(this::element).collect(Collectors.joining(" ", "(", ")"));
    }

    /** An array element is one word: a nested list or mapping is passed as its Python text. */
    private String element(Object value) {
        if (value instanceof List<?> || value instanceof Map<?, ?>) {
            return translateString(new PythonTranslator().translate(value));
        }
        return translate(value);
    }
}
