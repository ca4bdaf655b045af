package io.huntbook.server;

import static io.huntbook.server.TestServers.json;
import static io.huntbook.server.TestServers.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.huntbook.server.auth.Role;
import io.huntbook.server.ledger.RunState;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HttpApi_TokensAndRunsTest {
    @TempDir
    static Path dir;
    static HuntbookServer server;
    static RecordingExecutor executor = new RecordingExecutor(2);
    static String viewer;
    static String operator;

    @BeforeAll
    static void start() {
        TestServers.writeTemplate(dir.resolve("templates"), "scan.ipynb", """
                {"cells": [{"cell_type": "code", "execution_count": null, "id": "p", "metadata": {"tags": ["parameters"]},
                  "outputs": [], "source": ["x = 1"]}],
                 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python",
                   "name": "no-such-kernel-here"}, "language_info": {"name": "python"}},
                 "nbformat": 4, "nbformat_minor": 5}
                """);
        server = TestServers.start(TestServers.settings(dir).maxRequestBytes(4096).build(), executor,
                Clock.systemUTC());
        viewer = TestServers.token(server, Role.VIEWER);
        operator = TestServers.token(server, Role.OPERATOR);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void without_a_valid_token_the_api_answers_401() {
        assertThat(request(server, "GET", "/api/runs", null, null).statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = request(server, "GET", "/api/runs", "hbt_not-a-token", null);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.headers().firstValue("WWW-Authenticate")).contains("Bearer");
        assertThat(json(wrong).path("error").asText()).contains("bearer token");
        assertThat(request(server, "POST", "/api/runs", null, "{\"template\": \"triage\"}").statusCode())
                .isEqualTo(401);
    }

    @Test
    void a_template_whose_jupyter_kernel_is_not_installed_is_refused_with_400_before_anything_is_stored() {
        HttpResponse<String> submit = request(server, "POST", "/api/runs", operator, "{\"template\": \"scan\"}");
        assertThat(submit.statusCode()).as(submit.body()).isEqualTo(400);
        assertThat(json(submit).path("error").asText()).contains("scan").contains("no-such-kernel-here")
                .contains("is installed");
        assertThat(json(request(server, "GET", "/api/runs", viewer, null)).findValuesAsText("template"))
                .doesNotContain("scan");
    }

    @Test
    void a_viewer_reads_but_may_not_submit_or_cancel() {
        assertThat(request(server, "GET", "/api/runs", viewer, null).statusCode()).isEqualTo(200);
        HttpResponse<String> submit = request(server, "POST", "/api/runs", viewer, "{\"template\": \"triage\"}");
        assertThat(submit.statusCode()).isEqualTo(403);
        assertThat(json(submit).path("error").asText()).contains("operator");
        assertThat(request(server, "POST", "/api/runs/x/cancel", viewer, null).statusCode()).isEqualTo(403);
    }

    @Test
    void an_operator_submission_is_accepted_runs_and_is_listed_with_its_output() {
        HttpResponse<String> submit = request(server, "POST", "/api/runs", operator,
                "{\"template\": \"triage\", \"parameters\": {\"ip\": \"203.0.113.7\", \"days\": 3},"
                        + " \"identifier\": \"203.0.113.7\"}");
        assertThat(submit.statusCode()).isEqualTo(202);
        String id = json(submit).path("id").asText();
        assertThat(id).isNotBlank();
        TestServers.await("the run to succeed", 20, () -> state(id).equals("SUCCEEDED"));

        JsonNode run = json(request(server, "GET", "/api/runs/" + id, viewer, null));
        assertThat(run.path("attempts").asInt()).isEqualTo(1);
        assertThat(run.path("trigger").asText()).isEqualTo("http");
        assertThat(run.path("output").asText()).matches("\\d{4}/\\d{2}/\\d{2}/triage-203.0.113.7-" + id + "\\.ipynb");
        assertThat(run.path("outputUri").asText()).startsWith("file:").endsWith(id + ".ipynb");

        HttpResponse<String> notebook = request(server, "GET", "/api/runs/" + id + "/notebook", viewer, null);
        assertThat(notebook.statusCode()).isEqualTo(200);
        assertThat(notebook.body()).contains("injected-parameters").contains("203.0.113.7");
        assertThat(request(server, "GET", "/api/runs/" + id + "/html", viewer, null).body()).contains("<html");
        assertThat(json(request(server, "GET", "/api/runs/" + id + "/scraps", viewer, null)).isArray()).isTrue();

        JsonNode listed = json(request(server, "GET", "/api/runs?status=succeeded&template=triage", viewer, null));
        assertThat(listed.findValuesAsText("id")).contains(id);
        JsonNode none = json(request(server, "GET", "/api/runs?status=failed", viewer, null));
        assertThat(none.findValuesAsText("id")).doesNotContain(id);
    }

    @Test
    void a_repeated_idempotency_key_gives_the_first_run() {
        String body = "{\"template\": \"triage\", \"idempotencyKey\": \"alert-42\"}";
        HttpResponse<String> first = request(server, "POST", "/api/runs", operator, body);
        HttpResponse<String> second = request(server, "POST", "/api/runs", operator, body);
        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(json(second).path("id").asText()).isEqualTo(json(first).path("id").asText());
        assertThat(json(second).path("duplicate").asBoolean()).isTrue();
    }

    @Test
    void bad_jobs_are_refused_with_a_reason_and_leave_no_run() {
        int before = server.ledger().list(io.huntbook.server.ledger.RunFilter.all()).size();
        HttpResponse<String> unknown = request(server, "POST", "/api/runs", operator, "{\"template\": \"nope\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(json(unknown).path("error").asText()).contains("no template 'nope'");
        HttpResponse<String> escape = request(server, "POST", "/api/runs", operator,
                "{\"template\": \"../../etc/passwd\"}");
        assertThat(escape.statusCode()).isEqualTo(400);
        HttpResponse<String> secret = request(server, "POST", "/api/runs", operator,
                "{\"template\": \"triage\", \"parameters\": {\"ip\": \"AKIAIOSFODNN7EXAMPLE\"}}");
        assertThat(secret.statusCode()).isEqualTo(400);
        assertThat(json(secret).path("error").asText()).contains("secret");
        HttpResponse<String> badType = request(server, "POST", "/api/runs", operator,
                "{\"template\": \"triage\", \"parameters\": {\"days\": \"many\"}}");
        assertThat(badType.statusCode()).isEqualTo(400);
        assertThat(json(badType).path("error").asText()).contains("days");
        HttpResponse<String> big = request(server, "POST", "/api/runs", operator,
                "{\"template\": \"triage\", \"identifier\": \"" + "x".repeat(10_000) + "\"}");
        assertThat(big.statusCode()).isEqualTo(413);
        assertThat(server.ledger().list(io.huntbook.server.ledger.RunFilter.all())).hasSize(before);
    }

    @Test
    void templates_are_listed_with_their_parameters_as_input_schema() {
        JsonNode templates = json(request(server, "GET", "/api/templates", viewer, null));
        JsonNode triage = null;
        for (JsonNode template : templates) {
            if (template.path("name").asText().equals("triage")) {
                triage = template;
            }
        }
        assertThat(triage).as("the triage template in %s", templates).isNotNull();
        assertThat(triage.path("parameters").findValuesAsText("name")).containsExactly("ip", "days");
        assertThat(triage.path("inputSchema").path("properties").path("days").path("type").asText())
                .isEqualTo("integer");
        assertThat(triage.path("inputSchema").path("properties").path("ip").path("description").asText())
                .isEqualTo("the address to look at");
    }

    @Test
    void health_and_metrics_are_open_and_metrics_are_prometheus_text() {
        assertThat(request(server, "GET", "/healthz", null, null).statusCode()).isEqualTo(200);
        HttpResponse<String> metrics = request(server, "GET", "/metrics", null, null);
        assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        assertThat(metrics.body()).contains("# TYPE huntbook_runs gauge").contains("huntbook_runs{state=\"queued\"}")
                .contains("huntbook_queue_depth").contains("huntbook_pool_in_use").contains("huntbook_pool_capacity 2");
    }

    private static String state(String id) {
        return server.ledger().find(id).map(r -> r.state().name()).orElse(RunState.QUEUED.name());
    }
}
