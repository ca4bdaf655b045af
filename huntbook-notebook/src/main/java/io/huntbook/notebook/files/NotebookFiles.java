package io.huntbook.notebook.files;

import io.huntbook.core.BadInputException;
import io.huntbook.core.io.AtomicFiles;
import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.NotebookFormatException;
import io.huntbook.notebook.NotebookProblem;
import io.huntbook.notebook.NotebookValidator;
import io.huntbook.notebook.Notebooks;
import io.huntbook.notebook.text.TextFormat;
import io.huntbook.notebook.text.TextNotebooks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads, validates and writes notebooks in any {@link NotebookFormat}. Errors name the source (a file name, or
 * {@code -} for standard input).
 */
public final class NotebookFiles {
    private NotebookFiles() {}

    /** The format of {@code file} from its extension, or a one-line error saying which extensions work. */
    public static NotebookFormat formatOf(Path file) {
        return NotebookFormat.ofFile(file).orElseThrow(() -> new BadInputException(file
                + ": not a notebook file name: use .ipynb, .jsh, .java or .py (or give the format)"));
    }

    /** Reads a notebook file, its format taken from its extension. */
    public static Notebook read(Path file) {
        return read(readBytes(file), formatOf(file), file.toString());
    }

    /** Reads a notebook from bytes in {@code format}; {@code source} names it in errors. */
    public static Notebook read(byte[] content, NotebookFormat format, String source) {
        try {
            TextFormat text = format.textFormat().orElse(null);
            if (text == null) {
                return Notebooks.read(content);
            }
            return TextNotebooks.read(new String(content, StandardCharsets.UTF_8), text);
        } catch (NotebookFormatException e) {
            throw e.inFile(source);
        } catch (BadInputException e) {
            throw new BadInputException(source + ": " + e.getMessage(), e);
        }
    }

    /**
     * The schema problems of a notebook: an {@code .ipynb} against the schema of its own minor version; a text
     * notebook as the 4.5 notebook it reads as.
     */
    public static List<NotebookProblem> validate(byte[] content, NotebookFormat format, String source) {
        try {
            if (format == NotebookFormat.IPYNB) {
                return NotebookValidator.validate(content);
            }
            return NotebookValidator.validate(Notebooks.toJson(read(content, format, source)));
        } catch (NotebookFormatException e) {
            throw e.file() == null ? e.inFile(source) : e;
        }
    }

    /**
     * Reads a notebook that must be valid: an {@code .ipynb} that fails its schema is refused with one line naming
     * the source, the cell and the field (and how many more problems there are).
     */
    public static Notebook readValid(byte[] content, NotebookFormat format, String source) {
        List<NotebookProblem> problems = validate(content, format, source);
        if (!problems.isEmpty()) {
            throw invalid(source, problems);
        }
        return read(content, format, source);
    }

    /** The one-line error for a notebook with schema problems. */
    public static BadInputException invalid(String source, List<NotebookProblem> problems) {
        String more = problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problem"
                + (problems.size() > 2 ? "s" : "") + "; `huntbook validate --json` lists them)" : "";
        return new BadInputException(source + ": " + problems.get(0).describe() + more);
    }

    /** The bytes of {@code notebook} in {@code format}. */
    public static byte[] toBytes(Notebook notebook, NotebookFormat format) {
        TextFormat text = format.textFormat().orElse(null);
        return text == null ? Notebooks.toBytes(notebook)
                : TextNotebooks.write(notebook, text).getBytes(StandardCharsets.UTF_8);
    }

    /** Writes {@code notebook} to {@code file} atomically, in the format its extension names. */
    public static void write(Notebook notebook, Path file) {
        AtomicFiles.write(file, toBytes(notebook, formatOf(file)));
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
