package io.huntbook.core.table;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.dflib.DataFrame;
import org.dflib.Series;

/**
 * Writes a table in one of the formats of the command-line contract (DESIGN.md §6.A). {@code json} is an array of
 * objects, one per row, keys in column order; {@code jsonl} the same objects one per line; {@code csv} RFC 4180
 * with a header; {@code table} aligned text for people.
 */
public final class TableWriter {
    private TableWriter() {}

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Cells wider than this are cut in the human table; the machine formats never cut. */
    private static final int MAX_CELL_WIDTH = 60;

    /** Writes {@code frame} to {@code out} in {@code format}; the stream is flushed, not closed. */
    public static void write(DataFrame frame, TableFormat format, OutputStream out) {
        try {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            switch (format) {
                case JSON -> writeJson(frame, writer);
                case JSONL -> writeJsonLines(frame, writer);
                case CSV -> writeCsv(frame, writer);
                case TABLE -> writeTable(frame, writer);
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The row objects of a frame, keys in column order. */
    public static ObjectNode row(DataFrame frame, int row) {
        ObjectNode object = MAPPER.createObjectNode();
        String[] names = frame.getColumnsIndex().toArray();
        for (int c = 0; c < names.length; c++) {
            object.set(names[c], JsonValues.toJson(frame.getColumn(c).get(row)));
        }
        return object;
    }

    private static void writeJson(DataFrame frame, Writer writer) throws IOException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator gen = MAPPER.getFactory().createGenerator(writer)) {
            gen.setPrettyPrinter(printer);
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            gen.writeStartArray();
            for (int r = 0; r < frame.height(); r++) {
                gen.writeTree(row(frame, r));
            }
            gen.writeEndArray();
        }
        writer.write('\n');
    }

    private static void writeJsonLines(DataFrame frame, Writer writer) throws IOException {
        for (int r = 0; r < frame.height(); r++) {
            writer.write(MAPPER.writeValueAsString(row(frame, r)));
            writer.write('\n');
        }
    }

    private static void writeCsv(DataFrame frame, Writer writer) throws IOException {
        String[] names = frame.getColumnsIndex().toArray();
        for (int c = 0; c < names.length; c++) {
            if (c > 0) {
                writer.write(',');
            }
            writer.write(csvField(names[c]));
        }
        writer.write("\r\n");
        for (int r = 0; r < frame.height(); r++) {
            for (int c = 0; c < names.length; c++) {
                if (c > 0) {
                    writer.write(',');
                }
                writer.write(csvField(JsonValues.toText(frame.getColumn(c).get(r))));
            }
            writer.write("\r\n");
        }
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, and its quotes doubled. */
    static String csvField(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    private static void writeTable(DataFrame frame, Writer writer) throws IOException {
        String[] names = frame.getColumnsIndex().toArray();
        int rows = frame.height();
        String[][] cells = new String[rows][names.length];
        int[] widths = new int[names.length];
        for (int c = 0; c < names.length; c++) {
            widths[c] = Math.min(MAX_CELL_WIDTH, names[c].length());
            Series<?> column = frame.getColumn(c);
            for (int r = 0; r < rows; r++) {
                String text = oneLine(JsonValues.toText(column.get(r)));
                cells[r][c] = text;
                widths[c] = Math.max(widths[c], Math.min(MAX_CELL_WIDTH, text.length()));
            }
        }
        writeTableLine(writer, names, widths);
        String[] rule = new String[names.length];
        for (int c = 0; c < names.length; c++) {
            rule[c] = "-".repeat(widths[c]);
        }
        writeTableLine(writer, rule, widths);
        for (String[] row : cells) {
            writeTableLine(writer, row, widths);
        }
        writer.write("(" + rows + (rows == 1 ? " row)" : " rows)") + "\n");
    }

    private static void writeTableLine(Writer writer, String[] cells, int[] widths) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
            String text = cells[c];
            if (text.length() > widths[c]) {
                text = text.substring(0, widths[c] - 1) + "…";
            }
            line.append(text);
            if (c < cells.length - 1) {
                line.append(" ".repeat(widths[c] - text.length() + 2));
            }
        }
        writer.write(line.toString().stripTrailing());
        writer.write('\n');
    }

    private static String oneLine(String text) {
        return text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }
}
