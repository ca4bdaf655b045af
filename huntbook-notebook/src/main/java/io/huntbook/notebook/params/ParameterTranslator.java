package io.huntbook.notebook.params;

import java.util.List;
import java.util.Map;

/**
 * Writes parameter values as code of one kernel language: the source of the {@code injected-parameters} cell. Every
 * translation is valid code whatever the value (quotes, backslashes, newlines, NUL, surrogates, {@code \}{@code u}
 * sequences, NaN and infinities), so a value can never become code of its own; a name that is not an identifier of
 * the language is refused.
 */
public interface ParameterTranslator {
    /** The language this translator writes. */
    KernelLanguage language();

    /**
     * The cell source: a {@code Parameters} comment line, then one assignment per value, in order, each ending with
     * a newline. {@code declared} is what the notebook's {@code parameters} cell declares; typed languages convert
     * each value to its declared type and refuse one that does not convert.
     */
    String codify(Map<String, SuppliedValue> values, List<DeclaredParameter> declared);

    /** The translator for a language. */
    static ParameterTranslator of(KernelLanguage language) {
        return switch (language) {
            case PYTHON -> new PythonTranslator();
            case JAVA -> new JavaTranslator();
            case KOTLIN -> new KotlinTranslator();
            case SCALA -> new ScalaTranslator();
            case R -> new RTranslator();
            case JULIA -> new JuliaTranslator();
            case BASH -> new BashTranslator();
            case POWERSHELL -> new PowerShellTranslator();
        };
    }
}
