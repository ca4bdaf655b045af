package io.huntbook.cli;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.core.BadInputException;
import io.huntbook.core.io.AtomicFiles;
import io.huntbook.core.table.TableFormat;
import io.huntbook.core.table.TableWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.dflib.DataFrame;
import org.jspecify.annotations.Nullable;

/**
 * Writes a command's result where the contract says: stdout in the chosen format, or {@code -o FILE} with the
 * format taken from the file's extension, written atomically.
 */
public final class Output {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Terminal terminal;
    private final TableFormat format;

    public Output(Terminal terminal, TableFormat format) {
        this.terminal = terminal;
        this.format = format;
    }

    /** The format chosen with {@code --format} or {@code --json}. */
    public TableFormat format() {
        return format;
    }

    /** Writes a table to stdout in the chosen format. */
    public void table(DataFrame frame) {
        TableWriter.write(frame, format, terminal.out());
        terminal.out().flush();
    }

    /** Writes a table to {@code file} (format from its extension), or to stdout when {@code file} is null. */
    public void table(DataFrame frame, @Nullable Path file) {
        if (file == null) {
            table(frame);
            return;
        }
        TableFormat fileFormat = formatOf(file);
        AtomicFiles.write(file, out -> TableWriter.write(frame, fileFormat, out));
    }

    /**
     * Writes a non-tabular result: its JSON for {@code json}/{@code jsonl}, otherwise the human text.
     */
    public void object(JsonNode json, String humanText) {
        switch (format) {
            case JSON -> terminal.out().println(pretty(json));
            case JSONL -> terminal.out().println(json.toString());
            default -> terminal.out().print(humanText.endsWith("\n") ? humanText : humanText + "\n");
        }
        terminal.out().flush();
    }

    /** Raw bytes to stdout (a notebook written to {@code -}). */
    public void bytes(byte[] content) {
        terminal.out().write(content, 0, content.length);
        terminal.out().flush();
    }

    /** JSON pretty-printed with two spaces, non-ASCII characters written as themselves. */
    public static String pretty(JsonNode json) {
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            MAPPER.writer(printer).writeValue(bytes, json);
            return bytes.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The table format a file's extension asks for. */
    public static TableFormat formatOf(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return TableFormat.CSV;
        }
        if (name.endsWith(".json")) {
            return TableFormat.JSON;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return TableFormat.JSONL;
        }
        if (name.endsWith(".txt")) {
            return TableFormat.TABLE;
        }
        throw new BadInputException("cannot write a table to " + file
                + ": use a file ending in .csv, .json, .jsonl or .txt");
    }
}
