package io.huntbook.data.splunk;

import static io.huntbook.testing.RecordedHttpServer.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.huntbook.core.config.HuntbookConfig;
import io.huntbook.data.http.ProviderArgs;
import io.huntbook.data.provider.QueryFailedException;
import io.huntbook.testing.RecordedHttpServer;
import io.huntbook.testing.RecordedHttpServer.Request;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dflib.DataFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Splunk's REST search jobs as documented: create, poll, every results page, delete; errors and throttling. */
class SplunkProvider_RecordedExchangesTest {
    private static final String JOB = "/services/search/jobs/1714524060.42";
    private final RecordedHttpServer server = RecordedHttpServer.start();
    private final List<Duration> waits = new ArrayList<>();

    @AfterEach
    void stop() {
        server.close();
    }

    private SplunkProvider provider(String auth, int pageSize) {
        HuntbookConfig config = HuntbookConfig.parse("""
                DataProviders:
                  Splunk:
                    Args:
                      Endpoint: %s
                      PageSize: %d
                %s
                """.formatted(server.uri(), pageSize, auth.indent(6)), "test.yaml", Map.of());
        return SplunkProviderFactory.create(ProviderArgs.of(config, "Splunk", List.of("Splunk"), Map.of()), waits::add);
    }

    private void recordJob() {
        server.expect("POST", "/services/search/jobs").respond(201, resource("io/huntbook/data/splunk/job-created.json"));
        server.expect("GET", JOB).respond(200, resource("io/huntbook/data/splunk/job-running.json"));
        server.expect("GET", JOB).respond(200, resource("io/huntbook/data/splunk/job-done.json"));
    }

    @Test
    void readsEveryPageOfTheResultsNotJustTheFirst100() {
        recordJob();
        server.expect("GET", JOB + "/results").respond(200, resource("io/huntbook/data/splunk/results-page1.json"));
        server.expect("GET", JOB + "/results").respond(200, resource("io/huntbook/data/splunk/results-page2.json"));
        server.expect("GET", JOB + "/results").respond(200, resource("io/huntbook/data/splunk/results-page3.json"));
        server.expect("DELETE", JOB).respond(200, "{}");

        DataFrame rows = provider("bearer_token: splunk-test-token", 2).query("index=wineventlog EventCode=4625");

        assertThat(rows.height()).isEqualTo(5);
        assertThat(rows.getColumnsIndex().toArray()).containsExactly("_time", "host", "EventCode", "TargetUserName",
                "IpAddress");
        assertThat(rows.getColumn("_time").get(1)).isEqualTo(Instant.parse("2024-05-01T00:41:02.250Z"));
        assertThat(rows.getColumn("TargetUserName").get(4)).isEqualTo("pradeepg");
        assertThat(((JsonNode) rows.getColumn("TargetUserName").get(3)).get(1).asText()).isEqualTo("diegos2");
        assertThat(rows.getColumn("IpAddress").get(4)).isNull();

        List<Request> requests = server.requests();
        assertThat(requests).extracting(r -> r.method() + " " + r.path()).containsExactly(
                "POST /services/search/jobs", "GET " + JOB, "GET " + JOB, "GET " + JOB + "/results",
                "GET " + JOB + "/results", "GET " + JOB + "/results", "DELETE " + JOB);
        assertThat(requests).allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer splunk-test-token"));
        String form = URLDecoder.decode(requests.get(0).body(), StandardCharsets.UTF_8);
        assertThat(form).contains("search=search index=wineventlog EventCode=4625").contains("output_mode=json");
        assertThat(requests.subList(3, 6)).extracting(Request::query).containsExactly(
                "count=2&offset=0&output_mode=json", "count=2&offset=2&output_mode=json",
                "count=2&offset=4&output_mode=json");
        assertThat(waits).hasSize(1); // one poll while the job was running
    }

    @Test
    void signsInWithUserAndPasswordAsBasicAuth() {
        recordJob();
        server.expect("GET", JOB + "/results").respond(200, resource("io/huntbook/data/splunk/results-page3.json"));
        server.expect("DELETE", JOB).respond(200, "{}");

        provider("username: hunter\npassword: s3cret", 100).query("| tstats count");

        assertThat(server.requests().get(0).header("Authorization")).isEqualTo("Basic aHVudGVyOnMzY3JldA==");
        assertThat(URLDecoder.decode(server.requests().get(0).body(), StandardCharsets.UTF_8))
                .contains("search=| tstats count");
    }

    @Test
    void waitsAsLongAsRetryAfterSaysWhenThrottled() {
        server.expect("POST", "/services/search/jobs").respond(429, "{\"messages\":[{\"type\":\"ERROR\",\"text\":\"too many searches\"}]}")
                .header("Retry-After", "7");
        recordJob();
        server.expect("GET", JOB + "/results").respond(200, resource("io/huntbook/data/splunk/results-page3.json"));
        server.expect("DELETE", JOB).respond(200, "{}");

        DataFrame rows = provider("bearer_token: t", 100).query("index=main");

        assertThat(rows.height()).isEqualTo(1);
        assertThat(waits.get(0)).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void aFailedJobReportsSplunksMessage() {
        server.expect("POST", "/services/search/jobs").respond(201, "{\"sid\": \"1714524060.42\"}");
        server.expect("GET", JOB).respond(200, resource("io/huntbook/data/splunk/job-failed.json"));
        server.expect("DELETE", JOB).respond(200, "{}");

        assertThatThrownBy(() -> provider("bearer_token: t", 100).query("index=main | badcommand"))
                .isInstanceOf(QueryFailedException.class).hasMessageContaining("Unknown search command 'badcommand'");
    }

    @Test
    void aRefusedTokenIsAnErrorThatNeverShowsTheToken() {
        server.expect("POST", "/services/search/jobs").respond(401, resource("io/huntbook/data/splunk/unauthorized.json"));

        assertThatThrownBy(() -> provider("bearer_token: very-secret-token", 100).query("index=main"))
                .isInstanceOf(QueryFailedException.class).hasMessageContaining("HTTP 401")
                .hasMessageContaining("call not properly authenticated").hasMessageNotContaining("very-secret-token");
    }
}
