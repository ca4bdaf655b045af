package io.huntbook.azure.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.azure.auth.AzureSignInException;
import io.huntbook.azure.auth.TokenSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Sentinel client against recorded exchanges that follow the incidents API (2025-09-01). */
class SentinelIncidents_RecordedExchangesTest {
    private static final String TOKEN = "eyJ0eXAiOiJKV1QiCANARYTOKEN";
    private static final String ID = "73e01a99-5cd7-4139-a149-9f2736ff2ab5";
    private static final String INCIDENT = "/providers/Microsoft.OperationalInsights/workspaces/soc-ws/providers"
            + "/Microsoft.SecurityInsights/incidents/" + ID;
    private final ObjectMapper json = new ObjectMapper();
    private final RecordedArm arm = new RecordedArm();
    private final List<Duration> slept = new ArrayList<>();

    @AfterEach
    void close() {
        arm.close();
    }

    private final List<String> scopes = new ArrayList<>();

    private SentinelIncidents client() {
        return client(scope -> {
            scopes.add(scope);
            return TOKEN;
        });
    }

    private SentinelIncidents client(TokenSource tokens) {
        return SentinelIncidents.builder()
                .endpoint(arm.endpoint())
                .workspace(new SentinelWorkspace("d0cfe6b2-9ac0-4464-9919-dccaee2e48c0", "soc-rg", "soc-ws"))
                .tokens(tokens)
                .sleeper(slept::add)
                .build();
    }

    private static IncidentDraft draft() {
        return new IncidentDraft("Malicious IP 203.0.113.66 active in the environment", "High", "New",
                "203.0.113.66 is listed.\n\nReport: file:///srv/out/r1.html", Instant.parse("2026-11-27T22:00:00Z"),
                null, List.of("huntbook", "ip-context"));
    }

    @Test
    void createPutsTheDocumentedBodyWithTheTokenAndApiVersion() throws Exception {
        arm.then("PUT", INCIDENT, 201, "incident-created.json");
        SentinelIncident created = client().create(ID, draft());

        assertThat(created.name()).isEqualTo(ID);
        assertThat(created.incidentNumber()).isEqualTo(3177);
        assertThat(created.etag()).isEqualTo("\"0300bf09-0000-0000-0000-5c37296e0000\"");
        assertThat(created.incidentUrl()).startsWith("https://portal.azure.com/");
        RecordedArm.Request put = arm.requests().get(0);
        assertThat(put.path()).isEqualTo("/subscriptions/d0cfe6b2-9ac0-4464-9919-dccaee2e48c0/resourceGroups/soc-rg"
                + INCIDENT);
        assertThat(put.query()).isEqualTo("api-version=2025-09-01");
        assertThat(put.authorization()).isEqualTo("Bearer " + TOKEN);
        // The token is asked for Resource Manager's scope, which is the endpoint's address with /.default.
        assertThat(scopes).containsOnly(arm.endpoint() + "/.default");
        JsonNode body = json.readTree(put.body());
        assertThat(body.has("etag")).isFalse();
        JsonNode p = body.get("properties");
        assertThat(p.get("title").asText()).isEqualTo("Malicious IP 203.0.113.66 active in the environment");
        assertThat(p.get("severity").asText()).isEqualTo("High");
        assertThat(p.get("status").asText()).isEqualTo("New");
        assertThat(p.get("description").asText()).contains("Report: file:///srv/out/r1.html");
        assertThat(p.get("firstActivityTimeUtc").asText()).isEqualTo("2026-11-27T22:00:00Z");
        assertThat(p.get("labels").toString())
                .isEqualTo("[{\"labelName\":\"huntbook\",\"labelType\":\"User\"},"
                        + "{\"labelName\":\"ip-context\",\"labelType\":\"User\"}]");
    }

    @Test
    void anUpdateSendsTheEtagAndRereadsAfterAConflict() throws Exception {
        arm.then("GET", INCIDENT, 200, "incident-active-v2.json")
                .then("PUT", INCIDENT, 412, "error-412.json")
                .then("GET", INCIDENT, 200, "incident-active-v3.json")
                .then("PUT", INCIDENT, 409, "error-409.json")
                .then("GET", INCIDENT, 200, "incident-active-v3.json")
                .then("PUT", INCIDENT, 200, "incident-active-v3.json");
        Instant last = Instant.parse("2026-11-27T23:00:00Z");
        client().update(ID, d -> new IncidentDraft(d.title(), d.severity(), d.status(), d.description(),
                d.firstActivity(), last, d.labels()));

        assertThat(arm.played()).isTrue();
        List<RecordedArm.Request> puts = arm.requests().stream().filter(r -> r.method().equals("PUT")).toList();
        assertThat(json.readTree(puts.get(0).body()).get("etag").asText())
                .isEqualTo("\"0300c10a-0000-0000-0000-5c3729a10000\"");
        JsonNode last3 = json.readTree(puts.get(2).body());
        assertThat(last3.get("etag").asText()).isEqualTo("\"0300c3ff-0000-0000-0000-5c3729f20000\"");
        assertThat(last3.at("/properties/lastActivityTimeUtc").asText()).isEqualTo("2026-11-27T23:00:00Z");
        assertThat(last3.at("/properties/status").asText()).isEqualTo("Active");
        assertThat(last3.at("/properties/firstActivityTimeUtc").asText()).isEqualTo("2026-11-27T22:00:00Z");
    }

    @Test
    void throttlingWaitsForRetryAfterAndServerErrorsBackOff() {
        arm.then("PUT", INCIDENT, 429, Map.of("Retry-After", "7"), "error-429.json")
                .then("PUT", INCIDENT, 503, "error-503.json")
                .then("PUT", INCIDENT, 503, "error-503.json")
                .then("PUT", INCIDENT, 201, "incident-created.json");
        assertThat(client().create(ID, draft()).incidentNumber()).isEqualTo(3177);
        // 429 waits what Retry-After says; each 503 waits the back-off, which doubles after every retry.
        assertThat(slept).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(arm.requests()).allMatch(RecordedArm.Request::expected);
    }

    @Test
    void persistentServerErrorsFailWithAzuresErrorAfterTheLastAttempt() {
        for (int i = 0; i < 4; i++) {
            arm.then("PUT", INCIDENT, 503, "error-503.json");
        }
        assertThatThrownBy(() -> client().create(ID, draft())).isInstanceOf(SentinelException.class)
                .hasMessageContaining("HTTP 503").hasMessageContaining("ServiceUnavailable");
        assertThat(arm.requests()).hasSize(4);
    }

    @Test
    void unauthorizedFailsAtOnceSayingWhatToFixWithoutTheToken() {
        arm.then("PUT", INCIDENT, 401, "error-401.json");
        assertThatThrownBy(() -> client().create(ID, draft())).isInstanceOf(SentinelException.class)
                .hasMessageContaining("HTTP 401").hasMessageContaining("credential")
                .hasMessageContaining("InvalidAuthenticationToken").hasMessageNotContaining(TOKEN);
        assertThat(arm.requests()).hasSize(1);
    }

    @Test
    void aFailedSignInIsASentinelErrorAndNothingIsSent() {
        arm.then("PUT", INCIDENT, 201, "incident-created.json");
        SentinelIncidents client = client(scope -> {
            throw new AzureSignInException("could not sign in to Azure for " + scope + " (tried env, cli, msi)");
        });
        assertThatThrownBy(() -> client.create(ID, draft())).isInstanceOf(SentinelException.class)
                .hasMessageContaining("cannot create incident " + ID).hasMessageContaining("tried env, cli, msi");
        assertThat(arm.requests()).isEmpty();
    }

    @Test
    void aRepeatCommentsAndMovesLastActivityButAClosedIncidentIsLeftAlone() throws Exception {
        arm.then("GET", INCIDENT, 200, "incident-active-v2.json")
                .then("PUT", INCIDENT + "/comments/", 201, "comment-created.json")
                .then("GET", INCIDENT, 200, "incident-active-v2.json")
                .then("PUT", INCIDENT, 200, "incident-active-v3.json")
                .then("GET", INCIDENT, 200, "incident-closed.json")
                .then("GET", INCIDENT, 404, "error-404.json");
        // The comment id is a GUID chosen per call, so match on the prefix only.
        SentinelFindings findings = new SentinelFindings(client());
        assertThat(findings.recur(ID, "Seen again by run r2", Instant.parse("2026-11-27T23:00:00Z"))).isTrue();
        assertThat(findings.recur(ID, "Seen again by run r3", Instant.parse("2026-11-28T01:00:00Z"))).isFalse();
        assertThat(findings.recur(ID, "Seen again by run r4", Instant.parse("2026-11-28T02:00:00Z"))).isFalse();

        RecordedArm.Request comment = arm.requests().get(1);
        assertThat(comment.path()).matches(".*/incidents/" + ID + "/comments/[0-9a-f-]{36}");
        assertThat(json.readTree(comment.body()).at("/properties/message").asText()).isEqualTo("Seen again by run r2");
        assertThat(arm.requests()).hasSize(6);
    }
}
