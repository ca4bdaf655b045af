package io.huntbook.notebook.params;

import org.jspecify.annotations.Nullable;

/** How papermill reads a {@code -p NAME VALUE} value: a Python literal where one fits, else the string itself. */
public final class ParameterCoercion {
    private ParameterCoercion() {}

    /**
     * Papermill's rules, in its order: {@code True}, {@code False} and {@code None} exactly; then anything Python's
     * {@code int()} accepts ({@code 1_000}, {@code " 7 "}); then anything {@code float()} accepts ({@code nan},
     * {@code inf}, {@code 1e3}); everything else stays a string.
     */
    public static @Nullable Object coerce(String value) {
        return switch (value) {
            case "True" -> Boolean.TRUE;
            case "False" -> Boolean.FALSE;
            case "None" -> null;
            default -> {
                var integer = PythonNumbers.parseInt(value);
                if (integer.isPresent()) {
                    yield integer.get();
                }
                var number = PythonNumbers.parseFloat(value);
                yield number.isPresent() ? number.get() : value;
            }
        };
    }
}
