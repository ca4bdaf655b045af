package io.huntbook.notebook.params;

import java.util.List;

/** What a {@code parameters} cell declares, read from its source by the rules of its language. */
public final class ParameterInspector {
    private ParameterInspector() {}

    /**
     * The declarations in {@code source}, in order. Python follows papermill's inspection; Java, Kotlin and Scala
     * read typed declarations; other languages are not inspected and give an empty list, as papermill does for them.
     */
    public static List<DeclaredParameter> inspect(String source, KernelLanguage language) {
        return switch (language) {
            case PYTHON -> PythonInspector.inspect(source);
            case JAVA -> JavaInspector.inspect(source);
            case KOTLIN, SCALA -> ValInspector.inspect(source, language);
            default -> List.of();
        };
    }

    /**
     * Papermill's {@code --help-notebook} lines for these declarations (without its usage and title lines):
     * {@code   name: type (default value)} padded to 34 columns and followed by the help, the help on its own line
     * when the definition is longer than 30 characters.
     */
    public static String helpText(List<DeclaredParameter> declared) {
        StringBuilder out = new StringBuilder();
        for (DeclaredParameter p : declared) {
            String type = p.type() == null || p.type().equals("None") ? "Unknown type" : p.type();
            String definition = "  " + p.name() + ": " + type + " (default " + p.defaultValue() + ")";
            String help = p.help() == null ? "" : p.help();
            if (definition.length() > 30) {
                out.append(definition);
                if (!help.isEmpty()) {
                    out.append('\n').append(" ".repeat(34)).append(help);
                }
            } else {
                out.append(String.format("%-34s%s", definition, help));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
