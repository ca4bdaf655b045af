package io.huntbook.core.table;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.core.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dflib.DataFrame;
import org.dflib.Index;
import org.dflib.Series;

/**
 * Reads JSON records: a JSON array of objects, or JSON lines (one object per line; objects spread over several lines
 * are accepted too). Columns are the union of the keys in first-seen order, typed by {@link JsonColumn}. Records are
 * streamed, so only the column values are held, never the whole document.
 */
final class JsonRecordsReader {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(StreamReadFeature.AUTO_CLOSE_SOURCE.mappedFeature(), false);

    private final Map<String, JsonColumn> columns = new LinkedHashMap<>();
    private int rows;

    /** Adds the records in {@code in}; {@code source} names it in messages. */
    void add(InputStream in, String source) throws IOException {
        try (JsonParser parser = MAPPER.createParser(in)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return;
            }
            if (first == JsonToken.START_ARRAY) {
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    if (t == null) {
                        throw new BadInputException(source + ": malformed JSON at line "
                                + parser.currentLocation().getLineNr() + ": the array is not closed: fix the file");
                    }
                    addRecord(parser, source);
                }
                if (parser.nextToken() != null) {
                    throw new BadInputException(source + ": malformed JSON at line "
                            + parser.currentTokenLocation().getLineNr()
                            + ": more content after the array: keep one array, or use JSON lines");
                }
                return;
            }
            for (JsonToken t = first; t != null; t = parser.nextToken()) {
                addRecord(parser, source);
            }
        } catch (JsonProcessingException e) {
            throw new BadInputException(source + ": malformed JSON at line " + e.getLocation().getLineNr() + ": "
                    + DelimitedReader.firstLine(e.getOriginalMessage()) + ": fix that line", e);
        }
    }

    private void addRecord(JsonParser parser, String source) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            throw new BadInputException(source + ": line " + line + ": expected a JSON object (one record), found "
                    + describe(parser.currentToken()) + ": each record must be an object");
        }
        JsonNode record = MAPPER.readTree(parser);
        for (Map.Entry<String, JsonNode> field : record.properties()) {
            columns.computeIfAbsent(field.getKey(), k -> new JsonColumn()).set(rows, field.getValue());
        }
        rows++;
    }

    private static String describe(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }

    DataFrame frame() {
        if (columns.isEmpty()) {
            return DataFrame.empty();
        }
        List<Series<?>> series = new ArrayList<>();
        for (JsonColumn column : columns.values()) {
            series.add(column.toSeries(rows));
        }
        return DataFrame.byColumn(Index.of(columns.keySet().toArray(new String[0]))).ofIterable(series);
    }
}
