package io.huntbook.enrich.ti.vendor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.core.config.HuntbookConfig;
import io.huntbook.enrich.ti.LookupOptions;
import io.huntbook.enrich.ti.LookupResult;
import io.huntbook.enrich.ti.RetryPolicy;
import io.huntbook.enrich.ti.TiLookup;
import io.huntbook.enrich.ti.TiProviders;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every vendor's recorded exchanges (src/test/resources/ti-exchanges/VENDOR/CASE.json), each played by a local
 * server: the request must be the one the vendor documents (method, path, query, headers, authentication, body) and
 * the row must carry the verdict and severity Huntbook documents. The API key comes from a {@code {File: ...}}
 * secret reference and must never appear in a row.
 *
 * <p>A case file: {@code provider} (the {@code Provider:} value), optional {@code args}, {@code ioc},
 * {@code iocType}, optional {@code subtype}, {@code exchanges} (each {@code request} expected and {@code response} played: status, headers,
 * {@code body} JSON or {@code bodyText}; the last exchange repeats for further calls) and {@code expect}
 * ({@code status}, {@code result}, {@code severity}, {@code details} fields, {@code detailsContain}, {@code calls},
 * {@code minSeconds}). In expected headers {@code $KEY} is the API key and {@code $BASIC} basic authentication of
 * {@code $ID:$KEY}.
 */
class VendorProviders_RecordedExchangesTest {
    static final String KEY = "hb-test-key-7f3a9c21d0";
    static final String API_ID = "hb-test-id-51e2";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final RetryPolicy FAST_RETRY = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofSeconds(5));

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicNode> everyVendorPassesItsRecordedExchanges() throws IOException, URISyntaxException {
        Path root = Path.of(getClass().getResource("/ti-exchanges").toURI());
        List<DynamicNode> vendors = new ArrayList<>();
        try (Stream<Path> folders = Files.list(root).sorted()) {
            for (Path vendor : folders.toList()) {
                List<DynamicNode> cases = new ArrayList<>();
                try (Stream<Path> files = Files.list(vendor).sorted()) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                        cases.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> play(file)));
                    }
                }
                vendors.add(DynamicContainer.dynamicContainer(vendor.getFileName().toString(), cases));
            }
        }
        assertThat(vendors).as("vendor folders").isNotEmpty();
        return vendors.stream();
    }

    private void play(Path file) throws IOException {
        JsonNode c = MAPPER.readTree(file.toFile());
        List<RecordedVendorServer.Answer> answers = new ArrayList<>();
        c.path("exchanges").forEach(e -> answers.add(RecordedVendorServer.Answer.of(e.path("response"))));
        try (RecordedVendorServer server = new RecordedVendorServer(answers)) {
            TiLookup engine = engine(c, server.url());
            long start = System.nanoTime();
            List<LookupResult> rows = engine.lookup(c.path("ioc").asText(), c.path("iocType").asText(),
                    LookupOptions.defaults().withProviders(List.of("Vendor")).withCacheBypassed(true)
                            .withSubtype(c.path("subtype").asText(null)));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(rows).hasSize(1);
            LookupResult row = rows.get(0);
            assertThat(row.querySubtype()).as("QuerySubtype").isEqualTo(c.path("subtype").asText(null));
            checkRequests(c.path("exchanges"), server.received());
            checkRow(c.path("expect"), row, server.received().size(), took, server.url());
        }
    }

    private TiLookup engine(JsonNode c, String url) throws IOException {
        Files.writeString(dir.resolve("key.txt"), KEY + "\n");
        Files.writeString(dir.resolve("id.txt"), API_ID + "\n");
        ObjectNode args = MAPPER.createObjectNode();
        args.put("BaseUrl", url + c.path("basePath").asText(""));
        args.set("AuthKey", MAPPER.createObjectNode().put("File", "key.txt"));
        if (c.path("args").isObject()) {
            c.path("args").properties().forEach(e -> args.set(e.getKey(),
                    e.getValue().isTextual() ? MAPPER.getNodeFactory().textNode(e.getValue().asText()
                            .replace("$URL", url)) : e.getValue()));
        }
        if (c.path("noKey").asBoolean(false)) {
            args.remove("AuthKey");
        }
        Path config = dir.resolve("huntbook.yaml");
        Files.writeString(config, "TIProviders:\n  Vendor:\n    Provider: " + c.path("provider").asText()
                + "\n    Primary: true\n    Args: " + args + "\n");
        List<String> warnings = new ArrayList<>();
        TiLookup engine = TiProviders.fromConfig(HuntbookConfig.load(config, Map.of()), List::of, warnings::add)
                .retry(FAST_RETRY).build();
        assertThat(warnings).isEmpty();
        return engine;
    }

    private static void checkRequests(JsonNode exchanges, List<RecordedVendorServer.Received> received) {
        for (int i = 0; i < received.size(); i++) {
            JsonNode want = exchanges.get(Math.min(i, exchanges.size() - 1)).path("request");
            RecordedVendorServer.Received got = received.get(i);
            String call = "call " + (i + 1);
            assertThat(got.method()).as(call + " method").isEqualTo(want.path("method").asText("GET"));
            assertThat(got.rawPath()).as(call + " path").isEqualTo(want.path("path").asText());
            want.path("query").properties().forEach(e -> assertThat(got.query()).as(call + " query")
                    .containsEntry(e.getKey(), e.getValue().asText()));
            if (want.has("query")) {
                assertThat(got.query().keySet()).as(call + " query names")
                        .containsExactlyInAnyOrderElementsOf(() -> want.path("query").fieldNames());
            }
            want.path("headers").properties().forEach(e -> assertThat(got.headers()).as(call + " header "
                    + e.getKey()).containsEntry(e.getKey().toLowerCase(), expand(e.getValue().asText())));
            want.path("absentHeaders").forEach(h -> assertThat(got.headers()).as(call + " headers")
                    .doesNotContainKey(h.asText().toLowerCase()));
            if (want.has("form")) {
                Map<String, String> form = got.form();
                assertThat(form.keySet()).as(call + " form fields")
                        .containsExactlyInAnyOrderElementsOf(() -> want.path("form").fieldNames());
                want.path("form").properties().forEach(e -> assertThat(form).as(call + " form")
                        .containsEntry(e.getKey(), e.getValue().asText()));
            }
            if (want.has("json")) {
                assertThat(RecordedVendorServer.parse(got.body())).as(call + " JSON body").isEqualTo(want.get("json"));
            }
        }
    }

    private static void checkRow(JsonNode expect, LookupResult row, int calls, Duration took, String url) {
        String shown = row.toString();
        assertThat(shown).as("the API key never appears in a row").doesNotContain(KEY).doesNotContain(API_ID);
        assertThat(row.status()).as("Status (details: %s)", row.details()).isEqualTo(expect.path("status").asInt(0));
        if (expect.has("result")) {
            assertThat(row.result()).as("Result").isEqualTo(expect.get("result").asBoolean());
        }
        if (expect.has("severity")) {
            assertThat(row.severity().toString()).as("Severity (details: %s)", row.details())
                    .isEqualTo(expect.get("severity").asText());
        }
        // Compared as JSON text, so 7 as an int and 7 as a long are the same value, as a reader of the JSON sees it.
        expect.path("details").properties().forEach(e -> assertThat(row.details().path(e.getKey()).toString())
                .as("Details." + e.getKey() + " in " + row.details()).isEqualTo(e.getValue().toString()));
        if (expect.has("detailsContain")) {
            assertThat(row.details().toString()).contains(expect.get("detailsContain").asText());
        }
        if (expect.has("reference")) {
            assertThat(row.reference()).isEqualTo(expect.get("reference").asText().replace("$URL", url));
        }
        if (expect.has("calls")) {
            assertThat(calls).as("requests received").isEqualTo(expect.get("calls").asInt());
        }
        if (expect.has("minSeconds")) {
            assertThat(took).as("Retry-After honoured").isGreaterThanOrEqualTo(
                    Duration.ofMillis((long) (expect.get("minSeconds").asDouble() * 1000)));
        }
    }

    private static String expand(String header) {
        return header.replace("$BASIC", "Basic " + Base64.getEncoder().encodeToString(
                (API_ID + ":" + KEY).getBytes(StandardCharsets.UTF_8))).replace("$KEY", KEY);
    }
}
