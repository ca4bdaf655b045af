package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code huntbook ti lookup} against a local server speaking a vendor's documented API, configured through a
 * configuration file whose API key is a {@code {File: ...}} secret reference: the row carries the vendor's verdict
 * with the severity docs/threat-intel-providers.md gives, and the key never reaches stdout or stderr.
 */
class TiLookupCommand_VendorApiTest {
    private static final String KEY = "vt-cli-test-key-93b1e07";
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private HttpServer server;

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Serves one status and body for every request, recording "METHOD path header=value". */
    private String serve(int status, String body, String keyHeader) throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + keyHeader + "="
                    + exchange.getRequestHeaders().getFirst(keyHeader));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private Path config(String provider, String baseUrl) throws Exception {
        Files.writeString(dir.resolve("vendor.key"), KEY + "\n");
        Path config = dir.resolve("huntbook.yaml");
        Files.writeString(config, """
                TIProviders:
                  %s:
                    Provider: %s
                    Primary: true
                    Args:
                      AuthKey:
                        File: vendor.key
                      BaseUrl: %s
                """.formatted(provider, provider, baseUrl));
        return config;
    }

    @Test
    void virusTotalsVerdictComesBackWithHighSeverity() throws Exception {
        String url = serve(200, """
                {"data": {"id": "185.220.101.4", "type": "ip_address", "attributes": {"reputation": -27,
                 "last_analysis_stats": {"malicious": 12, "suspicious": 2, "harmless": 55, "undetected": 25, "timeout": 0}}}}
                """, "x-apikey");
        Path config = config("VirusTotal", url + "/api/v3");
        CliRun run = CliRun.of("ti", "lookup", "185.220.101[.]4", "--provider", "VirusTotal", "--no-cache",
                "--config", config.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(requests).containsExactly("GET /api/v3/ip_addresses/185.220.101.4 x-apikey=" + KEY);
        JsonNode row = json.readTree(run.out()).get(0);
        assertThat(row.get("Provider").asText()).isEqualTo("VirusTotal");
        assertThat(row.get("Result").asBoolean()).isTrue();
        assertThat(row.get("Severity").asText()).isEqualTo("high");
        assertThat(row.get("Details").get("malicious").asInt()).isEqualTo(12);
        assertThat(row.get("Reference").asText()).isEqualTo("https://www.virustotal.com/gui/ip-address/185.220.101.4");
        assertThat(run.out() + run.err()).doesNotContain(KEY);
    }

    @Test
    void abuseIpdbsScoreOf34IsAWarning() throws Exception {
        String url = serve(200, """
                {"data": {"ipAddress": "45.95.147.200", "isPublic": true, "ipVersion": 4, "isWhitelisted": false,
                 "abuseConfidenceScore": 34, "countryCode": "NL", "usageType": "Data Center/Web Hosting/Transit",
                 "isp": "Example", "domain": "example.nl", "hostnames": [], "isTor": false, "totalReports": 6,
                 "numDistinctUsers": 4, "lastReportedAt": "2026-11-27T10:00:00+00:00"}}
                """, "Key");
        Path config = config("AbuseIPDB", url + "/api/v2");
        CliRun run = CliRun.of("--config", config.toString(), "ti", "lookup", "45.95.147.200", "--provider",
                "AbuseIPDB", "--no-cache", "--format", "csv");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(requests).containsExactly(
                "GET /api/v2/check?ipAddress=45.95.147.200&maxAgeInDays=90 Key=" + KEY);
        assertThat(run.out()).contains("45.95.147.200,ipv4,45[.]95[.]147[.]200,,AbuseIPDB,true,warning");
    }

    @Test
    void aSubtypeAsksTheVendorsRelationshipAndFillsQuerySubtype() throws Exception {
        String url = serve(200, """
                {"meta": {"count": 3}, "data": [{"id": "93.184.215.14example.org", "type": "resolution",
                 "attributes": {"host_name": "example.org", "ip_address": "93.184.215.14"}}]}
                """, "x-apikey");
        Path config = config("VirusTotal", url + "/api/v3");
        CliRun run = CliRun.of("ti", "lookup", "example.org", "--provider", "VirusTotal", "--subtype", "resolutions",
                "--no-cache", "--config", config.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(requests).containsExactly("GET /api/v3/domains/example.org/resolutions?limit=10 x-apikey=" + KEY);
        JsonNode row = json.readTree(run.out()).get(0);
        assertThat(row.get("QuerySubtype").asText()).isEqualTo("resolutions");
        assertThat(row.get("Severity").asText()).isEqualTo("information");
        assertThat(row.get("Details").get("count").asInt()).isEqualTo(3);
    }

    @Test
    void aRejectedKeyIsAFailedRowAndExit1WithoutTheKeyAnywhere() throws Exception {
        String url = serve(401, """
                {"error": {"code": "WrongCredentialsError", "message": "Wrong API key"}}
                """, "x-apikey");
        Path config = config("VirusTotal", url);
        CliRun run = CliRun.of("ti", "lookup", "185.220.101.4", "--provider", "VirusTotal", "--no-cache",
                "--config", config.toString(), "--json");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(requests).as("a rejected key is not retried").hasSize(1);
        JsonNode row = json.readTree(run.out()).get(0);
        assertThat(row.get("Status").asInt()).isEqualTo(4);
        assertThat(row.get("Severity").asText()).isEqualTo("unknown");
        assertThat(row.get("Details").asText()).contains("HTTP 401").contains("rejected the API key")
                .contains("TIProviders.VirusTotal.Args.AuthKey");
        assertThat(run.out() + run.err()).doesNotContain(KEY);
    }

    @Test
    void providersListsAVendorWithItsTypesAndFreeTierLimits() throws Exception {
        Path config = config("VirusTotal", "https://www.virustotal.com/api/v3");
        CliRun run = CliRun.of("ti", "providers", "--config", config.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode row = json.readTree(run.out()).get(0);
        assertThat(row.get("Available").asBoolean()).isTrue();
        assertThat(row.get("Note").asText()).contains("sha256_hash").contains("4/minute, 500/day");
        assertThat(run.out()).doesNotContain(KEY);
    }
}
