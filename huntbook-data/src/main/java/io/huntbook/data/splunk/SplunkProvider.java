package io.huntbook.data.splunk;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.data.ReportingQueryProvider;
import io.huntbook.data.QueryResult;
import io.huntbook.data.http.ColumnType;
import io.huntbook.data.http.FrameBuilder;
import io.huntbook.data.http.RestClient;
import io.huntbook.data.http.Sleeper;
import io.huntbook.data.provider.QueryFailedException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dflib.DataFrame;

/**
 * Runs SPL on Splunk's REST API: creates a search job ({@code POST /services/search/jobs}), waits until it is done
 * ({@code GET .../jobs/{sid}}), then reads every page of its results ({@code GET .../jobs/{sid}/results} with
 * {@code count} and {@code offset}, JSON), so a result is never cut at Splunk's default of 100 rows; the job is
 * deleted afterwards. {@code _time} becomes an {@code Instant}; Splunk's other fields are text (multi-value fields
 * JSON arrays), as Splunk itself has no column types.
 */
public final class SplunkProvider implements ReportingQueryProvider {
    public static final String ENVIRONMENT = "Splunk";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory JSON = MAPPER.getFactory();

    private final RestClient client;
    private final URI base;
    private final String authorization;
    private final int pageSize;
    private final Sleeper poller;

    SplunkProvider(RestClient client, URI base, String authorization, int pageSize, Sleeper poller) {
        this.client = client;
        this.base = base;
        this.authorization = authorization;
        this.pageSize = pageSize;
        this.poller = poller;
    }

    @Override
    public String environment() {
        return ENVIRONMENT;
    }

    @Override
    public QueryResult execute(String renderedQuery) {
        String sid = createJob(searchText(renderedQuery));
        try {
            awaitDone(sid);
            return QueryResult.complete(results(sid));
        } finally {
            deleteJob(sid);
        }
    }

    /** Splunk wants a search to start with a command: plain criteria get {@code search} in front, as MSTICPy does. */
    static String searchText(String query) {
        String q = query.strip();
        String lower = q.toLowerCase(Locale.ROOT);
        return q.startsWith("|") || lower.startsWith("search ") || lower.equals("search") ? q : "search " + q;
    }

    private String createJob(String search) {
        String form = form(Map.of("search", search, "output_mode", "json", "exec_mode", "normal"));
        HttpRequest request = client.request(base.resolve("/services/search/jobs"))
                .header("Authorization", authorization).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        JsonNode answer = client.json(request);
        String sid = answer.path("sid").asText("");
        if (sid.isEmpty()) {
            throw new QueryFailedException("Splunk created no search job: " + RestClient.errorMessage(answer.toString()));
        }
        return sid;
    }

    private void awaitDone(String sid) {
        Duration wait = Duration.ofMillis(100);
        while (true) {
            JsonNode content = client.json(get(jobPath(sid), Map.of("output_mode", "json")))
                    .path("entry").path(0).path("content");
            String state = content.path("dispatchState").asText("");
            if (content.path("isFailed").asBoolean(false) || state.equals("FAILED")) {
                throw new QueryFailedException("Splunk search job " + sid + " failed: " + messages(content));
            }
            if (content.path("isDone").asBoolean(false) || state.equals("DONE")) {
                return;
            }
            try {
                poller.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new QueryFailedException("waiting for Splunk search job " + sid + " interrupted", e);
            }
            wait = wait.multipliedBy(2).compareTo(Duration.ofSeconds(2)) > 0 ? Duration.ofSeconds(2) : wait.multipliedBy(2);
        }
    }

    private static String messages(JsonNode content) {
        List<String> out = new ArrayList<>();
        for (JsonNode m : content.path("messages")) {
            out.add(m.path("type").asText("") + " " + m.path("text").asText(""));
        }
        return out.isEmpty() ? "(Splunk gave no message)" : String.join("; ", out).strip();
    }

    /** Every page of the job's results into one frame. */
    private DataFrame results(String sid) {
        FrameBuilder rows = new FrameBuilder();
        for (int offset = 0; ; ) {
            HttpRequest request = get(jobPath(sid) + "/results", Map.of("output_mode", "json",
                    "count", Integer.toString(pageSize), "offset", Integer.toString(offset)));
            int n;
            try (InputStream in = client.stream(request)) {
                n = readPage(in, rows);
            } catch (IOException e) {
                throw new QueryFailedException("Splunk results of job " + sid + " at offset " + offset
                        + " are not JSON: " + e.getMessage(), e);
            }
            offset += n;
            if (n < pageSize || n == 0) {
                return rows.toDataFrame();
            }
        }
    }

    /** One page: {@code {"fields": [...], "results": [{field: value}]}}; returns the number of rows read. */
    static int readPage(InputStream in, FrameBuilder rows) throws IOException {
        int count = 0;
        try (JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("expected an object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("fields") && p.currentToken() == JsonToken.START_ARRAY) {
                    // declares the columns in Splunk's order (as names, or objects with a name)
                    for (JsonNode f : (JsonNode) p.readValueAsTree()) {
                        String name = f.isTextual() ? f.asText() : f.path("name").asText();
                        rows.column(name, typeOf(name));
                    }
                } else if (field.equals("results") && p.currentToken() == JsonToken.START_ARRAY) {
                    while (p.nextToken() == JsonToken.START_OBJECT) {
                        rows.readObjectRow(p, SplunkProvider::typeOf);
                        count++;
                    }
                } else {
                    p.skipChildren();
                }
            }
        }
        return count;
    }

    static ColumnType typeOf(String field) {
        return field.equals("_time") ? ColumnType.INSTANT : ColumnType.TEXT;
    }

    private void deleteJob(String sid) {
        try {
            client.send(client.request(base.resolve(jobPath(sid))).header("Authorization", authorization)
                    .DELETE().build()).body().close();
        } catch (RuntimeException | IOException e) {
            // the job expires by itself (its ttl); the rows are what matter
        }
    }

    private static String jobPath(String sid) {
        return "/services/search/jobs/" + URLEncoder.encode(sid, StandardCharsets.UTF_8);
    }

    private HttpRequest get(String path, Map<String, String> query) {
        return client.request(URI.create(base + path + "?" + form(query))).header("Authorization", authorization)
                .GET().build();
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
