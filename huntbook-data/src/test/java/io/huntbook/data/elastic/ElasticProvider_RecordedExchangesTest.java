package io.huntbook.data.elastic;

import static io.huntbook.testing.RecordedHttpServer.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.core.config.HuntbookConfig;
import io.huntbook.data.http.ProviderArgs;
import io.huntbook.data.provider.QueryFailedException;
import io.huntbook.testing.RecordedHttpServer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.dflib.DataFrame;
import org.dflib.LongSeries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Elasticsearch (ES|QL; _search with a point in time and search_after) and OpenSearch (scroll) as documented. */
class ElasticProvider_RecordedExchangesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final RecordedHttpServer server = RecordedHttpServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private ElasticProvider provider(String flavor) {
        HuntbookConfig config = HuntbookConfig.parse("""
                DataProviders:
                  Elastic:
                    Args:
                      Endpoint: %s/
                      ApiKey: VnVhQ2ZHY0JDZGJrUW0tZTVhT3g6dWkybHAyYXhUTm1zeWFrdzl0dk5udw==
                      Index: logs-*
                      PageSize: 2
                      Flavor: %s
                """.formatted(server.uri(), flavor), "test.yaml", Map.of());
        return ElasticProviderFactory.create(ProviderArgs.of(config, "Elastic", List.of("Elastic"), Map.of()), false);
    }

    @Test
    void esqlColumnsComeTyped() {
        server.expect("POST", "/_query").respond(200, resource("io/huntbook/data/elastic/esql.json"));

        DataFrame rows = provider("elasticsearch").query("FROM logs-* | WHERE destination.bytes > 100000000");

        assertThat(rows.height()).isEqualTo(2);
        assertThat(rows.getColumn("@timestamp").get(0)).isEqualTo(Instant.parse("2024-05-01T04:05:00Z"));
        assertThat(rows.getColumn("destination.bytes")).isInstanceOf(LongSeries.class);
        assertThat(rows.getColumn("destination.bytes").get(1)).isEqualTo(410000000L);
        assertThat(rows.getColumn("event.allowed").get(1)).isNull();
        assertThat(rows.getColumn("risk").get(0)).isEqualTo(0.93);
        var request = server.requests().get(0);
        assertThat(request.query()).isEqualTo("format=json");
        assertThat(request.header("Authorization")).startsWith("ApiKey VnVhQ2ZH");
        assertThat(request.body()).isEqualTo("{\"query\":\"FROM logs-* | WHERE destination.bytes > 100000000\"}");
    }

    @Test
    void searchPagesThroughAPointInTimeWithSearchAfter() throws Exception {
        server.expect("POST", "/logs-*/_pit").respond(200, resource("io/huntbook/data/elastic/pit-open.json"));
        server.expect("POST", "/_search").respond(200, resource("io/huntbook/data/elastic/search-page1.json"));
        server.expect("POST", "/_search").respond(200, resource("io/huntbook/data/elastic/search-page2.json"));
        server.expect("DELETE", "/_pit").respond(200, "{\"succeeded\": true, \"num_freed\": 1}");

        DataFrame rows = provider("elasticsearch").query("""
                {"query": {"term": {"host.name": "WS07"}}, "sort": [{"@timestamp": "asc"}]}""");

        assertThat(rows.height()).isEqualTo(3);
        assertThat(rows.getColumnsIndex().toArray()).startsWith("_index", "_id", "@timestamp", "host.name",
                "process.name", "process.pid");
        assertThat(rows.getColumn("_id").toList()).containsExactly("a1", "a2", "a3");
        assertThat(rows.getColumn("@timestamp").get(2)).isEqualTo(Instant.parse("2024-05-01T01:42:00Z"));
        assertThat(rows.getColumn("process.pid")).isInstanceOf(LongSeries.class);
        assertThat(rows.getColumn("user.name").toList()).containsExactly(null, null, "meganb");
        assertThat(((JsonNode) rows.getColumn("process.args").get(0)).size()).isEqualTo(3);

        var requests = server.requests();
        assertThat(requests.get(0).query()).isEqualTo("keep_alive=2m");
        JsonNode first = JSON.readTree(requests.get(1).body());
        assertThat(first.path("pit").path("id").asText()).isEqualTo("46ToAwMDaWR5BXV1aWQy");
        assertThat(first.path("size").asInt()).isEqualTo(2);
        assertThat(first.path("sort").toString()).isEqualTo("[{\"@timestamp\":\"asc\"},{\"_shard_doc\":\"asc\"}]");
        assertThat(first.has("search_after")).isFalse();
        JsonNode second = JSON.readTree(requests.get(2).body());
        assertThat(second.path("pit").path("id").asText()).isEqualTo("46ToAwMDaWR5BXV1aWQz");
        assertThat(second.path("search_after").toString()).isEqualTo("[1714527665000,1]");
        assertThat(JSON.readTree(requests.get(3).body()).path("id").asText()).isEqualTo("46ToAwMDaWR5BXV1aWQz");
        assertThat(server.unused()).isZero();
    }

    @Test
    void openSearchPagesThroughAScrollAndClearsIt() throws Exception {
        server.expect("POST", "/logs-*/_search").respond(200, resource("io/huntbook/data/elastic/scroll-1.json"));
        server.expect("POST", "/_search/scroll").respond(200, resource("io/huntbook/data/elastic/scroll-2.json"));
        server.expect("POST", "/_search/scroll").respond(200, resource("io/huntbook/data/elastic/scroll-3.json"));
        server.expect("DELETE", "/_search/scroll").respond(200, "{\"succeeded\": true, \"num_freed\": 1}");

        DataFrame rows = provider("opensearch").query("{\"query\": {\"match\": {\"query\": \"update-cdn\"}}}");

        assertThat(rows.height()).isEqualTo(3);
        assertThat(rows.getColumn("answers").toList()).containsExactly(1L, 1L, 2L);
        assertThat(rows.getColumn("timestamp").get(0)).isEqualTo(Instant.parse("2024-05-01T01:48:00Z"));
        assertThat(server.requests().get(0).query()).isEqualTo("scroll=2m");
        assertThat(JSON.readTree(server.requests().get(1).body()).path("scroll_id").asText())
                .isEqualTo("DXF1ZXJ5QW5kRmV0Y2gBAAAAAAAAAD4");
        assertThat(server.unused()).isZero();
    }

    @Test
    void errorsCarryElasticsearchsReason() {
        server.expect("POST", "/_query").respond(400, resource("io/huntbook/data/elastic/esql-error.json"));

        assertThatThrownBy(() -> provider("elasticsearch").query("FROM nope"))
                .isInstanceOf(QueryFailedException.class).hasMessageContaining("Unknown index [nope]");
    }
}
