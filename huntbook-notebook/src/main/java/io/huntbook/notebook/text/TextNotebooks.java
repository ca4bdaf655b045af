package io.huntbook.notebook.text;

import io.huntbook.core.BadInputException;
import io.huntbook.core.io.AtomicFiles;
import io.huntbook.notebook.Notebook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes percent-format text notebooks, compatible with jupytext: what jupytext writes reads here, and what
 * is written here reads in jupytext, VS Code and Spyder.
 *
 * <p>A round trip through a text notebook keeps every cell's type and source exactly (a trailing newline included),
 * its title and metadata (tags, papermill, ...) except the run-time keys jupytext leaves out ({@code execution},
 * {@code collapsed}, {@code scrolled}, ...), and the notebook's kernelspec, language_info and jupytext settings.
 * Outputs, cell ids and other notebook metadata are not part of a text notebook. A Java text notebook without a
 * header gets Huntbook's kernelspec and language_info (DESIGN.md §6.B).
 */
public final class TextNotebooks {
    private TextNotebooks() {}

    /** Reads a text notebook; the format comes from the file's extension. Errors name the file. */
    public static Notebook read(Path file) {
        TextFormat format = TextFormat.ofFile(file).orElseThrow(() -> new BadInputException(file
                + ": not a text notebook: use a file ending in .jsh, .java or .py"));
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), format);
        } catch (BadInputException e) {
            throw new BadInputException(file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a text notebook's content. */
    public static Notebook read(String text, TextFormat format) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return new PercentReader(format).read(withoutBom);
    }

    /** The text notebook for {@code notebook}. */
    public static String write(Notebook notebook, TextFormat format) {
        return new PercentWriter(format).write(notebook);
    }

    /** Writes the text notebook to {@code file} atomically; the format comes from its extension. */
    public static void write(Notebook notebook, Path file) {
        TextFormat format = TextFormat.ofFile(file).orElseThrow(() -> new BadInputException(
                "cannot write a text notebook to " + file + ": use a file ending in .jsh, .java or .py"));
        AtomicFiles.write(file, write(notebook, format).getBytes(StandardCharsets.UTF_8));
    }
}
