package io.huntbook.server.incident;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /api/incidents[?status=open|New|Active|Closed][&limit=N]} and {@code GET /api/incidents/{id}}, free of
 * any HTTP framework so the server registers it in one line each:
 *
 * <pre>{@code
 * app.get("/api/incidents", ctx -> {
 *     IncidentsEndpoint.Response r = endpoint.list(ctx.queryParamMap());
 *     ctx.status(r.status()).contentType(r.contentType()).result(r.body());
 * });
 * }</pre>
 *
 * Answers are JSON: an array of incidents (newest first), one incident, or {@code {"error": "..."}} with 400 or 404.
 */
public final class IncidentsEndpoint {
    /** The most incidents one call returns. */
    public static final int MAX_LIMIT = 1000;
    private static final int DEFAULT_LIMIT = 100;

    private final LocalIncidentStore store;

    public IncidentsEndpoint(LocalIncidentStore store) {
        this.store = store;
    }

    /** An HTTP answer: status, content type and UTF-8 body. */
    public record Response(int status, String contentType, String body) {
        public byte[] bytes() {
            return body.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The list, filtered by the query parameters {@code status} and {@code limit}. */
    public Response list(Map<String, List<String>> query) {
        String status = first(query, "status");
        int limit = DEFAULT_LIMIT;
        String limitText = first(query, "limit");
        if (limitText != null) {
            try {
                limit = Integer.parseInt(limitText.strip());
            } catch (NumberFormatException e) {
                return error(400, "limit must be a whole number from 1 to " + MAX_LIMIT + ", not '" + limitText + "'");
            }
            if (limit < 1 || limit > MAX_LIMIT) {
                return error(400, "limit must be from 1 to " + MAX_LIMIT + ", not " + limit);
            }
        }
        try {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            store.list(status == null || status.isBlank() ? null : status.strip(), limit)
                    .forEach(i -> array.add(i.toJson()));
            return new Response(200, "application/json", array.toString());
        } catch (IllegalArgumentException e) {
            return error(400, e.getMessage());
        }
    }

    /** One incident by id, with its comments. */
    public Response get(String id) {
        return store.get(id).map(i -> new Response(200, "application/json", i.toJson().toString()))
                .orElseGet(() -> error(404, "no incident " + id));
    }

    private static @Nullable String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static Response error(int status, String message) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("error", message);
        return new Response(status, "application/json", json.toString());
    }
}
