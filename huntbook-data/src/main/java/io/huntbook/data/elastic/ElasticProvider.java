package io.huntbook.data.elastic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.core.BadInputException;
import io.huntbook.data.ReportingQueryProvider;
import io.huntbook.data.QueryResult;
import io.huntbook.data.http.Cells;
import io.huntbook.data.http.ColumnType;
import io.huntbook.data.http.FrameBuilder;
import io.huntbook.data.http.RestClient;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.dflib.DataFrame;

/**
 * Queries Elasticsearch or OpenSearch. A query that is a JSON object is a {@code _search} body, run over the
 * configured index and read page after page: on Elasticsearch through a point in time with {@code search_after}
 * (sorted by the query's own sort plus {@code _shard_doc}), on OpenSearch through a scroll; both are closed afterwards.
 * Hits become rows of {@code _index}, {@code _id} and the {@code _source} fields, nested objects flattened to dotted
 * names. Any other text is ES|QL ({@code POST /_query}), whose columns come typed ({@code date} as {@code Instant},
 * {@code long}, {@code double}, {@code boolean}); ES|QL returns at most its {@code LIMIT} rows, with no pages.
 */
public final class ElasticProvider implements ReportingQueryProvider {
    public static final String ENVIRONMENT = "Elastic";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String KEEP_ALIVE = "2m";

    /** Which server: they share {@code _search} but page differently. */
    enum Flavor { ELASTICSEARCH, OPENSEARCH }

    private final RestClient client;
    private final URI base;
    private final String authorization;
    private final String index;
    private final int pageSize;
    private final Flavor flavor;

    ElasticProvider(RestClient client, URI base, String authorization, String index, int pageSize, Flavor flavor) {
        this.client = client;
        this.base = base;
        this.authorization = authorization;
        this.index = index;
        this.pageSize = pageSize;
        this.flavor = flavor;
    }

    @Override
    public String environment() {
        return ENVIRONMENT;
    }

    @Override
    public QueryResult execute(String renderedQuery) {
        String q = renderedQuery.strip();
        if (q.startsWith("{")) {
            ObjectNode body;
            try {
                body = (ObjectNode) MAPPER.readTree(q);
            } catch (Exception e) {
                throw new BadInputException("the Elastic query starts with '{' but is not a JSON object: " + e.getMessage());
            }
            return QueryResult.complete(flavor == Flavor.OPENSEARCH ? scroll(body) : pointInTime(body));
        }
        if (flavor == Flavor.OPENSEARCH) {
            throw new BadInputException("OpenSearch has no ES|QL: give a _search body (a JSON object) as the query");
        }
        return QueryResult.complete(esql(q));
    }

    private DataFrame esql(String query) {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("query", query);
        JsonNode answer = client.json(post("/_query?format=json", body));
        List<String> names = new ArrayList<>();
        List<ColumnType> types = new ArrayList<>();
        for (JsonNode c : answer.path("columns")) {
            names.add(c.path("name").asText());
            types.add(ColumnType.ofVendorName(c.path("type").asText("")));
        }
        FrameBuilder rows = new FrameBuilder(names, types);
        for (JsonNode row : answer.path("values")) {
            for (int c = 0; c < names.size(); c++) {
                rows.set(c, Cells.read(row.get(c), types.get(c)));
            }
            rows.endRow();
        }
        return rows.toDataFrame();
    }

    /** Elasticsearch: open a point in time, page with search_after, close it. */
    private DataFrame pointInTime(ObjectNode query) {
        JsonNode opened = client.json(post("/" + encodedIndex() + "/_pit?keep_alive=" + KEEP_ALIVE, null));
        String pit = opened.path("id").asText();
        FrameBuilder rows = new FrameBuilder();
        try {
            ObjectNode body = query.deepCopy();
            body.put("size", pageSize);
            body.put("track_total_hits", false);
            ArrayNode sort = body.has("sort") && body.get("sort").isArray() ? (ArrayNode) body.get("sort")
                    : body.putArray("sort");
            // _shard_doc is the tiebreaker that makes search_after pages exact (no hit twice, none skipped)
            sort.addObject().put("_shard_doc", "asc");
            JsonNode after = null;
            while (true) {
                body.putObject("pit").put("id", pit).put("keep_alive", KEEP_ALIVE);
                if (after != null) {
                    body.set("search_after", after);
                }
                JsonNode answer = client.json(post("/_search", body));
                pit = answer.path("pit_id").asText(pit);
                JsonNode hits = answer.path("hits").path("hits");
                addHits(hits, rows);
                if (hits.size() < pageSize) {
                    return rows.toDataFrame();
                }
                after = hits.get(hits.size() - 1).path("sort");
            }
        } finally {
            closeQuietly("/_pit", JsonNodeFactory.instance.objectNode().put("id", pit));
        }
    }

    /** OpenSearch: a scroll, read to its end and cleared. */
    private DataFrame scroll(ObjectNode query) {
        ObjectNode body = query.deepCopy();
        body.put("size", pageSize);
        FrameBuilder rows = new FrameBuilder();
        JsonNode answer = client.json(post("/" + encodedIndex() + "/_search?scroll=" + KEEP_ALIVE, body));
        String scrollId = answer.path("_scroll_id").asText();
        try {
            while (true) {
                JsonNode hits = answer.path("hits").path("hits");
                addHits(hits, rows);
                if (hits.isEmpty()) {
                    return rows.toDataFrame();
                }
                answer = client.json(post("/_search/scroll", JsonNodeFactory.instance.objectNode()
                        .put("scroll", KEEP_ALIVE).put("scroll_id", scrollId)));
                scrollId = answer.path("_scroll_id").asText(scrollId);
            }
        } finally {
            ObjectNode clear = JsonNodeFactory.instance.objectNode();
            clear.putArray("scroll_id").add(scrollId);
            closeQuietly("/_search/scroll", clear);
        }
    }

    static void addHits(JsonNode hits, FrameBuilder rows) {
        for (JsonNode hit : hits) {
            rows.set(rows.column("_index", ColumnType.TEXT), hit.path("_index").asText(null));
            rows.set(rows.column("_id", ColumnType.TEXT), hit.path("_id").asText(null));
            flatten("", hit.path("_source"), rows);
            rows.endRow();
        }
    }

    /** Nested objects become dotted names ({@code source.ip}), as MSTICPy's Elastic driver flattens them. */
    private static void flatten(String prefix, JsonNode object, FrameBuilder rows) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = prefix + e.getKey();
            JsonNode value = e.getValue();
            if (value.isObject() && !value.isEmpty()) {
                flatten(name + ".", value, rows);
            } else {
                int c = rows.column(name, ColumnType.INFER);
                rows.set(c, Cells.read(value, ColumnType.INFER));
            }
        }
    }

    private String encodedIndex() {
        // commas and wildcards are Elasticsearch's own syntax for several indices; everything else is escaped
        return URLEncoder.encode(index, StandardCharsets.UTF_8).replace("%2C", ",").replace("%2A", "*");
    }

    private HttpRequest post(String pathAndQuery, JsonNode body) {
        HttpRequest.Builder b = client.request(URI.create(base + pathAndQuery)).header("Authorization", authorization)
                .header("Content-Type", "application/json");
        return (body == null ? b.POST(HttpRequest.BodyPublishers.noBody())
                : b.POST(HttpRequest.BodyPublishers.ofString(body.toString()))).build();
    }

    private void closeQuietly(String path, JsonNode body) {
        try {
            client.send(client.request(URI.create(base + path)).header("Authorization", authorization)
                    .header("Content-Type", "application/json")
                    .method("DELETE", HttpRequest.BodyPublishers.ofString(body.toString())).build()).body().close();
        } catch (Exception e) {
            // it expires after its keep-alive anyway
        }
    }
}
