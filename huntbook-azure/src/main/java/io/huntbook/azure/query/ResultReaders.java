package io.huntbook.azure.query;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.data.QueryProblem;
import io.huntbook.data.QueryResult;
import io.huntbook.data.http.ColumnType;
import io.huntbook.data.http.FrameBuilder;
import io.huntbook.data.http.RestClient;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.dflib.DataFrame;

/**
 * Streams the three Microsoft result formats into typed frames without holding the whole answer as a tree:
 * Log Analytics ({@code {"tables": [{"columns", "rows"}], "error"}}), Kusto v2 (a JSON array of frames) and v1
 * ({@code {"Tables": [...]}}), and Graph's hunting results ({@code {"schema", "results"}}). Errors the service reports
 * next to rows (Log Analytics' {@code PartialError}, Kusto's {@code OneApiErrors}) become problems of the result.
 */
final class ResultReaders {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory JSON = MAPPER.getFactory();

    private ResultReaders() {}

    /** Log Analytics: the first table (PrimaryResult) and the {@code error} of a partial result. */
    static QueryResult logAnalytics(InputStream in, String part) throws IOException {
        FrameBuilder rows = null;
        List<QueryProblem> problems = new ArrayList<>();
        try (JsonParser p = JSON.createParser(in)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if (field.equals("tables") && t == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        if (rows != null) {
                            p.skipChildren(); // later tables are statistics or render hints, not rows
                            continue;
                        }
                        rows = table(p, "columns", "rows", "name", "type");
                    }
                } else if (field.equals("error") && t == JsonToken.START_OBJECT) {
                    JsonNode error = p.readValueAsTree();
                    problems.add(new QueryProblem(part, oneApi(error)));
                } else {
                    p.skipChildren();
                }
            }
        }
        return new QueryResult(rows == null ? DataFrame.empty() : rows.toDataFrame(), problems);
    }

    /**
     * One table object (the parser on its {@code START_OBJECT}): its column list under {@code columnsKey} (each with
     * {@code nameKey} and {@code typeKey}), then its rows as arrays under {@code rowsKey}.
     */
    private static FrameBuilder table(JsonParser p, String columnsKey, String rowsKey, String nameKey, String typeKey)
            throws IOException {
        FrameBuilder rows = new FrameBuilder();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if (field.equals(columnsKey) && t == JsonToken.START_ARRAY) {
                declare(p.readValueAsTree(), rows, nameKey, typeKey);
            } else if (field.equals(rowsKey) && t == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_ARRAY) {
                    rows.readArrayRow(p);
                }
            } else {
                p.skipChildren();
            }
        }
        return rows;
    }

    private static void declare(JsonNode columns, FrameBuilder rows, String nameKey, String typeKey) {
        for (JsonNode c : columns) {
            String type = c.path(typeKey).asText("");
            if (type.isEmpty()) {
                type = c.path("DataType").asText(""); // Kusto v1 writes the .NET type when ColumnType is absent
            }
            rows.column(c.path(nameKey).asText(), ColumnType.ofVendorName(type));
        }
    }

    /**
     * Kusto: a v2 answer (a JSON array of frames: DataSetHeader, DataTable..., DataSetCompletion) or a v1 answer
     * ({@code {"Tables": [...]}}, the first table being the result).
     */
    static QueryResult kusto(InputStream in, String part) throws IOException {
        try (JsonParser p = JSON.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_OBJECT) {
                return kustoV1(p);
            }
            expect(first, JsonToken.START_ARRAY);
            FrameBuilder rows = null;
            List<QueryProblem> problems = new ArrayList<>();
            while (p.nextToken() == JsonToken.START_OBJECT) {
                String frameType = "";
                String kind = "";
                FrameBuilder table = null;
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    JsonToken t = p.nextToken();
                    switch (field) {
                        case "FrameType" -> frameType = p.getText();
                        case "TableKind" -> kind = p.getText();
                        case "Columns" -> {
                            JsonNode columns = p.readValueAsTree();
                            if (rows == null && kind.equals("PrimaryResult")) {
                                table = new FrameBuilder();
                                declare(columns, table, "ColumnName", "ColumnType");
                            }
                        }
                        case "Rows" -> {
                            if (table == null || t != JsonToken.START_ARRAY) {
                                p.skipChildren();
                                break;
                            }
                            while (true) {
                                JsonToken row = p.nextToken();
                                if (row == JsonToken.START_ARRAY) {
                                    table.readArrayRow(p);
                                } else if (row == JsonToken.START_OBJECT) {
                                    // an error raised while rows were streaming: the rows before it stand
                                    problems.add(new QueryProblem(part, oneApiErrors(p.readValueAsTree())));
                                } else {
                                    break;
                                }
                            }
                        }
                        case "OneApiErrors" -> {
                            JsonNode errors = p.readValueAsTree();
                            if (frameType.equals("DataSetCompletion")) {
                                for (JsonNode e : errors) {
                                    problems.add(new QueryProblem(part, oneApi(e.has("error") ? e : wrap(e))));
                                }
                            }
                        }
                        default -> p.skipChildren();
                    }
                }
                if (table != null && rows == null) {
                    rows = table;
                }
            }
            return new QueryResult(rows == null ? DataFrame.empty() : rows.toDataFrame(), problems.stream().distinct()
                    .toList());
        }
    }

    private static QueryResult kustoV1(JsonParser p) throws IOException {
        FrameBuilder rows = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if (field.equals("Tables") && t == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    if (rows != null) {
                        p.skipChildren();
                        continue;
                    }
                    rows = table(p, "Columns", "Rows", "ColumnName", "ColumnType");
                }
            } else {
                p.skipChildren();
            }
        }
        return QueryResult.complete(rows == null ? DataFrame.empty() : rows.toDataFrame());
    }

    /** Graph's hunting results: {@code schema} (name, type) and {@code results} (one object per row). */
    static QueryResult graphHunting(InputStream in) throws IOException {
        FrameBuilder rows = new FrameBuilder();
        try (JsonParser p = JSON.createParser(in)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if (field.equals("schema") && t == JsonToken.START_ARRAY) {
                    declare(p.readValueAsTree(), rows, "name", "type");
                } else if (field.equals("results") && t == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        rows.readObjectRow(p, name -> ColumnType.INFER);
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        return QueryResult.complete(rows.toDataFrame());
    }

    private static JsonNode wrap(JsonNode error) {
        return MAPPER.createObjectNode().set("error", error);
    }

    /** The messages of a OneAPI error object ({@code {"error": {...}}} or the inner object itself). */
    static String oneApi(JsonNode error) {
        JsonNode e = error.has("error") ? error : wrap(error);
        return RestClient.errorMessage(e.toString());
    }

    private static String oneApiErrors(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (JsonNode e : node.path("OneApiErrors")) {
            out.add(oneApi(e));
        }
        return out.isEmpty() ? node.toString() : String.join("; ", out);
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("expected " + expected + " but the answer starts with " + actual);
        }
    }
}
