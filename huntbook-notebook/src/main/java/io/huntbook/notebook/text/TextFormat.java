package io.huntbook.notebook.text;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** A percent-format text notebook flavour: its file extension, line-comment prefix and default language. */
public enum TextFormat {
    /** Java, the preferred form ({@code .jsh}, JShell snippets). */
    JSH(".jsh", "//", "java"),
    /** Java in a {@code .java} file. */
    JAVA(".java", "//", "java"),
    /** Python. */
    PYTHON(".py", "#", "python");

    private final String extension;
    private final String comment;
    private final String language;

    TextFormat(String extension, String comment, String language) {
        this.extension = extension;
        this.comment = comment;
        this.language = language;
    }

    /** The file extension, with its dot. */
    public String extension() {
        return extension;
    }

    /** The line-comment prefix cells and markdown lines use. */
    public String comment() {
        return comment;
    }

    /** The language a headerless notebook of this format is in. */
    public String language() {
        return language;
    }

    /** The format a file name's extension asks for. */
    public static Optional<TextFormat> ofFile(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (TextFormat format : values()) {
            if (name.endsWith(format.extension)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format named {@code jsh}, {@code java} or {@code py} (as in {@code --to py}). */
    public static Optional<TextFormat> ofName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (TextFormat format : values()) {
            if (format.extension.substring(1).equals(lower)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }
}
