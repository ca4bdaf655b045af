package io.huntbook.notebook;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.core.io.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes {@code .ipynb} files.
 *
 * <p>Reading accepts nbformat 4.0 to 4.5 (and later 4.x minors) and gives a 4.5 {@link Notebook} with an id on every
 * cell, added the way nbformat's upgrade adds them. Writing produces exactly the bytes {@code nbformat.write} puts in a
 * file, that is {@code nbformat.writes(nb)} followed by a newline (papermill writes none, and a notebook read from
 * a file without one is written without one: {@link Notebook#finalNewline()}): indent 1, sorted keys, non-ASCII
 * characters as themselves, multi-line strings split into lists of lines. A notebook nbformat wrote reads and writes back with no
 * diff. Fields nbformat does not define are kept; only the transient fields nbformat itself strips
 * ({@code metadata.signature}, {@code orig_nbformat*}, cell {@code metadata.trusted}) are dropped.
 */
public final class Notebooks {
    private Notebooks() {}

    private static final ObjectReader READER = Json.MAPPER.reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** Reads a notebook file; errors name the file. */
    public static Notebook read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return read(bytes);
        } catch (NotebookFormatException e) {
            throw e.inFile(file.toString());
        }
    }

    /** Reads a notebook from its JSON text. */
    public static Notebook read(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a notebook from a stream (UTF-8), to its end; the stream is not closed. */
    public static Notebook read(InputStream in) {
        try {
            return read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a notebook from UTF-8 bytes. */
    public static Notebook read(byte[] json) {
        return NotebookReader.read(parse(json), json.length > 0 && json[json.length - 1] == '\n');
    }

    /** Builds the model from a notebook's JSON tree, which is not changed; it will be written with a final newline. */
    public static Notebook fromJson(JsonNode json) {
        return NotebookReader.read(json, true);
    }

    /**
     * Parses JSON as Python's {@code json.loads} does ({@code NaN} and {@code Infinity} allowed, a UTF-8 byte-order
     * mark skipped), without building the model: for validating the document as it is.
     */
    public static JsonNode parse(byte[] json) {
        try {
            JsonNode node = READER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new NotebookFormatException(NotebookProblem.ofNotebook("", "empty: not a notebook"));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new NotebookFormatException(null, NotebookProblem.ofNotebook("", "not valid JSON: "
                    + jsonError(e)), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String jsonError(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        int cut = message.indexOf('\n');
        if (cut >= 0) {
            message = message.substring(0, cut);
        }
        JsonLocation location = e.getLocation();
        if (location != null && location.getLineNr() > 0) {
            message += " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
        }
        return message;
    }

    /** The JSON tree nbformat would write for this notebook (lists of lines, transient fields stripped). */
    public static ObjectNode toJson(Notebook notebook) {
        return NotebookWriter.toJson(notebook);
    }

    /** The file content: {@code nbformat.writes(nb)}, and a newline when {@link Notebook#finalNewline()}. */
    public static String writeString(Notebook notebook) {
        String json = PythonJson.dumps(toJson(notebook));
        return notebook.finalNewline() ? json + "\n" : json;
    }

    /** The file content as UTF-8 bytes. */
    public static byte[] toBytes(Notebook notebook) {
        return writeString(notebook).getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the notebook to {@code out}; the stream is not closed. */
    public static void write(Notebook notebook, OutputStream out) {
        try {
            out.write(toBytes(notebook));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the notebook to {@code file} atomically (a reader never sees half a notebook). */
    public static void write(Notebook notebook, Path file) {
        AtomicFiles.write(file, toBytes(notebook));
    }
}
