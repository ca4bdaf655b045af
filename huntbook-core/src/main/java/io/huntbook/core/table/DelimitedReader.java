package io.huntbook.core.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.huntbook.core.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dflib.DataFrame;
import org.dflib.Index;
import org.dflib.Series;

/**
 * Reads CSV and TSV (RFC 4180 quoting, fields over several lines) with Jackson's CSV parser: UTF-8 with or without a
 * byte-order mark, a header row, blank lines skipped (as pandas does), an empty first header dropped as an exporter's
 * row index, and typed columns ({@link TextColumn}).
 */
final class DelimitedReader {
    private static final CsvMapper MAPPER = new CsvMapper()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .disable(CsvParser.Feature.ALLOW_TRAILING_COMMA);

    private final char separator;

    DelimitedReader(char separator) {
        this.separator = separator;
    }

    DataFrame read(InputStream in, String source) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        PushbackReader reader = new PushbackReader(new InputStreamReader(in, decoder), 1);
        List<String> header = null;
        List<TextColumn> columns = new ArrayList<>();
        boolean dropIndex = false;
        int rows = 0;
        int line = 1;
        try (CsvParser parser = MAPPER.getFactory().createParser((Reader) reader)) {
            int first = reader.read();
            if (first >= 0 && first != '\uFEFF') {
                reader.unread(first);
            }
            parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator).withQuoteChar('"'));
            // Jackson wraps all records in one array and each record in its own: depth 2 is inside a record.
            int depth = 0;
            List<String> record = new ArrayList<>();
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_ARRAY) {
                    depth++;
                    record.clear();
                } else if (token == JsonToken.VALUE_STRING) {
                    if (record.isEmpty()) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    record.add(parser.getText());
                } else if (token == JsonToken.END_ARRAY && --depth == 1) {
                    if (header == null) {
                        header = new ArrayList<>(record);
                        dropIndex = header.size() > 1 && header.get(0).isEmpty();
                        for (int c = dropIndex ? 1 : 0; c < header.size(); c++) {
                            columns.add(new TextColumn());
                        }
                        continue;
                    }
                    if (record.size() > header.size()) {
                        throw new BadInputException(source + ": line " + line + ": " + record.size()
                                + " fields where the header has " + header.size()
                                + ": quote fields that contain the separator or a line break");
                    }
                    int offset = dropIndex ? 1 : 0;
                    for (int c = 0; c < columns.size(); c++) {
                        int field = c + offset;
                        columns.get(c).add(field < record.size() ? record.get(field) : null);
                    }
                    rows++;
                }
            }
        } catch (JsonProcessingException e) {
            String what = e.getOriginalMessage();
            String where = what != null && what.startsWith("Missing closing quote")
                    ? "line " + line + ": a quoted field is not closed (from line " + line + " to the end of the file)"
                    : "line " + e.getLocation().getLineNr() + ": " + firstLine(what);
            throw new BadInputException(source + ": malformed " + (separator == '\t' ? "TSV" : "CSV") + " at "
                    + where + ": fix the quoting", e);
        } catch (CharacterCodingException e) {
            throw new BadInputException(source + ": not UTF-8 text near line " + line
                    + ": save the file as UTF-8", e);
        }
        if (header == null) {
            return DataFrame.empty();
        }
        List<String> names = dropIndex ? header.subList(1, header.size()) : header;
        Series<?>[] series = new Series<?>[columns.size()];
        for (int c = 0; c < series.length; c++) {
            series[c] = columns.get(c).toSeries(rows);
        }
        return DataFrame.byColumn(Index.of(ColumnNames.of(names))).of(series);
    }

    static String firstLine(String text) {
        if (text == null) {
            return "unreadable";
        }
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
