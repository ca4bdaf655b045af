package io.huntbook.notebook.files;

import io.huntbook.core.BadInputException;
import io.huntbook.notebook.text.TextFormat;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The file formats a notebook can be in: nbformat JSON, or a percent-format text notebook. */
public enum NotebookFormat {
    IPYNB("ipynb", null),
    JSH("jsh", TextFormat.JSH),
    JAVA("java", TextFormat.JAVA),
    PY("py", TextFormat.PYTHON);

    private final String name;
    private final @Nullable TextFormat text;

    NotebookFormat(String name, @Nullable TextFormat text) {
        this.name = name;
        this.text = text;
    }

    /** The name used on the command line and as the file extension (without the dot). */
    public String formatName() {
        return name;
    }

    /** The text format, for the text notebook formats. */
    public Optional<TextFormat> textFormat() {
        return Optional.ofNullable(text);
    }

    /** The format of a file, from its extension. */
    public static Optional<NotebookFormat> ofFile(Path file) {
        String fileName = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> fileName.endsWith("." + f.name)).findFirst();
    }

    /** The format named {@code name} ({@code ipynb}, {@code jsh}, {@code java}, {@code py}). */
    public static NotebookFormat parse(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.name.equals(lower)).findFirst()
                .orElseThrow(() -> new BadInputException("unknown notebook format '" + name + "': use one of "
                        + names()));
    }

    /** {@code ipynb, jsh, java, py}. */
    public static String names() {
        return Arrays.stream(values()).map(f -> f.name).collect(Collectors.joining(", "));
    }
}
