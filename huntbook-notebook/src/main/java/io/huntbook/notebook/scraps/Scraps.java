package io.huntbook.notebook.scraps;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.core.table.JsonValues;
import io.huntbook.notebook.Cell;
import io.huntbook.notebook.CodeCell;
import io.huntbook.notebook.DisplayData;
import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.Output;
import io.huntbook.notebook.RichOutput;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.dflib.DataFrame;

/**
 * Reads and writes scraps in scrapbook 0.5's wire format: a {@code display_data} output whose bundle holds
 * {@code application/scrapbook.scrap.<encoder>+json} with the payload {@code {name, data, encoder, version: 1}} and
 * whose metadata holds {@code scrapbook: {name, data: true, display: false}}; a displayed scrap adds a second output
 * with the shown bundle and {@code scrapbook: {name, data: false, display: true}}. Papermill's legacy
 * {@code application/papermill.record+json} records read as {@code json} scraps.
 *
 * <p>Unlike scrapbook, reading keeps both the data and the display of a scrap of the same name (scrapbook lets the
 * display output replace the data, so {@code glue(..., display=True)} loses the value).
 */
public final class Scraps {
    private Scraps() {}

    /** The MIME type prefix of scrap payloads. */
    public static final String PAYLOAD_PREFIX = "application/scrapbook.scrap.";
    /** Papermill's legacy record MIME type. */
    public static final String PAPERMILL_RECORD = "application/papermill.record+json";
    /** The {@code json} encoder: any JSON value (tables as a list of records). */
    public static final String JSON = "json";
    /** scrapbook's {@code pandas} encoder: a table as base64 Parquet, read back as JSON records. */
    public static final String PANDAS = "pandas";
    /** The {@code text} encoder: a string. */
    public static final String TEXT = "text";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Every scrap of the notebook, data and display merged by name. */
    public static ScrapReport read(Notebook notebook) {
        Map<String, Scrap> scraps = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (int c = 0; c < notebook.cells().size(); c++) {
            Cell cell = notebook.cell(c);
            if (!(cell instanceof CodeCell code)) {
                continue;
            }
            for (Output output : code.outputs()) {
                if (output instanceof RichOutput rich) {
                    readOutput(rich, c, scraps, problems);
                }
            }
        }
        return new ScrapReport(List.copyOf(scraps.values()), problems);
    }

    private static void readOutput(RichOutput output, int cell, Map<String, Scrap> scraps, List<String> problems) {
        for (Iterator<Map.Entry<String, JsonNode>> it = output.data().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String mime = entry.getKey();
            if (mime.equals(PAPERMILL_RECORD) && entry.getValue() instanceof ObjectNode record) {
                record.fields().forEachRemaining(r -> update(scraps, r.getKey(), s -> s.withData(r.getValue(), JSON)));
            } else if (mime.startsWith(PAYLOAD_PREFIX) && mime.endsWith("+json")) {
                readPayload(entry.getValue(), mime, cell, scraps, problems);
            }
        }
        JsonNode meta = output.metadata().path("scrapbook");
        JsonNode papermill = output.metadata().path("papermill");
        if (meta.path("display").asBoolean(false) && meta.path("name").isTextual()) {
            String name = meta.get("name").textValue();
            update(scraps, name, s -> s.withDisplay(displayBundle(output)));
        } else if (papermill.path("name").isTextual() && !output.data().has(PAPERMILL_RECORD)) {
            String name = papermill.get("name").textValue();
            update(scraps, name, s -> s.withDisplay(displayBundle(output)));
        }
    }

    private static void readPayload(JsonNode payload, String mime, int cell, Map<String, Scrap> scraps,
            List<String> problems) {
        String name = payload.path("name").isTextual() ? payload.get("name").textValue() : null;
        if (name == null) {
            problems.add("cell " + cell + ": a " + mime + " payload has no name");
            return;
        }
        String encoder = mime.substring(PAYLOAD_PREFIX.length(), mime.length() - "+json".length());
        JsonNode declared = payload.get("encoder");
        if (declared != null && declared.isTextual()) {
            encoder = declared.textValue();
        }
        if (!payload.has("data")) {
            problems.add("scrap '" + name + "' (cell " + cell + "): the payload has no data");
            return;
        }
        JsonNode data = payload.get("data");
        if (encoder.equals(TEXT) && !data.isTextual()) {
            problems.add("scrap '" + name + "' (cell " + cell + "): text-encoded data is not a string");
            return;
        }
        JsonNode decoded = data;
        if (encoder.equals(PANDAS) && data.isTextual()) {
            try {
                decoded = PandasScrap.records(data.textValue());
            } catch (RuntimeException e) {
                problems.add("scrap '" + name + "' (cell " + cell + "): its pandas (Parquet) data is kept as stored: "
                        + e.getMessage());
            }
        } else if (!encoder.equals(TEXT) && !encoder.equals(JSON)) {
            problems.add("scrap '" + name + "' (cell " + cell + "): data encoded with '" + encoder
                    + "' is kept as stored; Huntbook decodes the json, text and pandas encoders");
        }
        String finalEncoder = encoder;
        JsonNode finalData = decoded;
        update(scraps, name, s -> s.withData(finalData, finalEncoder));
    }

    /** The bundle shown for a displayed scrap, without scrap payloads. */
    private static ObjectNode displayBundle(RichOutput output) {
        ObjectNode bundle = NODES.objectNode();
        output.data().fields().forEachRemaining(e -> {
            if (!e.getKey().startsWith(PAYLOAD_PREFIX) && !e.getKey().equals(PAPERMILL_RECORD)) {
                bundle.set(e.getKey(), e.getValue());
            }
        });
        return bundle;
    }

    /** Later outputs of the same kind replace earlier ones, as in scrapbook; data and display stay apart. */
    private static void update(Map<String, Scrap> scraps, String name, UnaryOperator<Scrap> change) {
        scraps.put(name, change.apply(scraps.getOrDefault(name, new Scrap(name, null, null, null))));
    }

    /** The output that glues {@code data} under {@code name}, as {@code scrapbook.glue(name, data)} does. */
    public static DisplayData glue(String name, JsonNode data, String encoder) {
        ObjectNode payload = NODES.objectNode();
        payload.set("data", data);
        payload.put("encoder", encoder);
        payload.put("name", name);
        payload.put("version", 1);
        ObjectNode bundle = NODES.objectNode();
        bundle.set(PAYLOAD_PREFIX + encoder + "+json", payload);
        return new DisplayData(bundle, metadata(name, true, false), NODES.objectNode());
    }

    /**
     * A table scrap: the rows as JSON records (one object per row, keys in column order, values as DESIGN.md §6.A
     * writes them), with the {@code json} encoder, which scrapbook reads as a list of dicts.
     */
    public static DisplayData glue(String name, DataFrame table) {
        ArrayNode records = NODES.arrayNode();
        List<String> columns = List.of(table.getColumnsIndex().toArray());
        for (int row = 0; row < table.height(); row++) {
            ObjectNode record = records.addObject();
            for (String column : columns) {
                record.set(column, JsonValues.toJson(table.getColumn(column).get(row)));
            }
        }
        return glue(name, records, JSON);
    }

    /** A string scrap with the {@code text} encoder. */
    public static DisplayData glue(String name, String text) {
        return glue(name, NODES.textNode(text), TEXT);
    }

    /**
     * The two outputs of {@code scrapbook.glue(name, data, display=True)}: the data, then {@code shown} (a MIME
     * bundle such as {@code {"text/plain": "..."}}) marked as the scrap's display.
     */
    public static List<Output> glueDisplayed(String name, JsonNode data, String encoder, ObjectNode shown) {
        return List.of(glue(name, data, encoder), new DisplayData(shown, metadata(name, false, true),
                NODES.objectNode()));
    }

    private static ObjectNode metadata(String name, boolean data, boolean display) {
        ObjectNode metadata = NODES.objectNode();
        ObjectNode scrapbook = metadata.putObject("scrapbook");
        scrapbook.put("data", data);
        scrapbook.put("display", display);
        scrapbook.put("name", name);
        return metadata;
    }
}
