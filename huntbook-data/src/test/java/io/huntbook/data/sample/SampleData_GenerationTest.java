package io.huntbook.data.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.core.BadInputException;
import io.huntbook.data.local.LocalData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.dflib.DataFrame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleData_GenerationTest {
    static final LocalDate ANCHOR = LocalDate.of(2024, 5, 14);
    static final SampleOptions OPTIONS = new SampleOptions(7, ANCHOR, 2_000);

    @TempDir
    static Path dir;
    static SampleSet sample;

    @BeforeAll
    static void generate() {
        sample = SampleData.generate(dir.resolve("sample"), OPTIONS);
    }

    @Test
    void writesEveryTableAndExactlyTheRequestedProcessEvents() {
        assertThat(sample.rowCounts()).containsKeys("SecurityEvent", "SysmonEvent", "SigninLogs", "OfficeActivity",
                "AzureNetworkAnalytics_CL", "DnsEvents", "SecurityAlert", "SecurityIncident");
        try (LocalData data = sample.localData()) {
            assertThat(count(data, "SELECT count(*) FROM SecurityEvent WHERE EventID = 4688")).isEqualTo(2_000);
            assertThat(count(data, "SELECT count(*) FROM SecurityEvent WHERE EventID = 4624")).isGreaterThan(300);
            assertThat(count(data, "SELECT count(*) FROM SecurityEvent WHERE EventID = 4625")).isGreaterThanOrEqualTo(14);
            assertThat(count(data, "SELECT count(*) FROM SysmonEvent")).isGreaterThan(500);
            assertThat(count(data, "SELECT count(DISTINCT Computer) FROM SecurityEvent")).isEqualTo(23);
            Instant first = (Instant) data.query("SELECT min(TimeGenerated) AS t FROM SecurityEvent").getColumn("t").get(0);
            Instant last = (Instant) data.query("SELECT max(TimeGenerated) AS t FROM SecurityEvent").getColumn("t").get(0);
            assertThat(first).isAfterOrEqualTo(Instant.parse("2024-05-11T00:00:00Z"));
            assertThat(last).isBefore(Instant.parse("2024-05-15T00:00:00Z"));
        }
    }

    @Test
    void theSameOptionsGiveTheSameRowsAndAnotherSeedOthers() throws IOException {
        SampleSet again = SampleData.generate(dir.resolve("again"), OPTIONS);
        SampleSet other = SampleData.generate(dir.resolve("other"), OPTIONS.withSeed(8));
        String query = "SELECT * FROM SecurityEvent ORDER BY TimeGenerated, Computer, NewProcessId, TargetLogonId";
        try (LocalData a = sample.localData(); LocalData b = again.localData(); LocalData c = other.localData()) {
            assertThat(rows(b.query(query))).isEqualTo(rows(a.query(query)));
            assertThat(rows(c.query(query))).isNotEqualTo(rows(a.query(query)));
        }
        assertThat(Files.readString(again.stixBundle())).isEqualTo(Files.readString(sample.stixBundle()));
    }

    @Test
    void theStoryIsInTheData() {
        Story story = sample.story();
        try (LocalData data = sample.localData()) {
            DataFrame ps = data.query("SELECT * FROM SecurityEvent WHERE EventID = 4688 AND Computer LIKE 'WS07.%'"
                    + " AND CommandLine LIKE '%-enc %' ORDER BY TimeGenerated");
            assertThat(ps.height()).isEqualTo(2);
            String encoded = ((String) ps.getColumn("CommandLine").get(0)).replaceAll(".*-enc ", "");
            assertThat(new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_16LE))
                    .isEqualTo(Story.STAGER_SCRIPT);
            assertThat(ps.getColumn("SubjectLogonId").get(0)).isEqualTo(Story.LOGON_ID);
            assertThat(ps.getColumn("ParentProcessName").get(0)).isEqualTo("C:\\Windows\\System32\\cmd.exe");
            assertThat((String) ps.getColumn("NewProcessId").get(0)).startsWith("0x");
            DataFrame logon = data.query("SELECT * FROM SecurityEvent WHERE EventID = 4624 AND IpAddress = {ip}",
                    Map.of("ip", Story.ATTACKER_IP));
            assertThat(logon.getColumn("TargetLogonId").toList()).containsExactly(Story.LOGON_ID);
            assertThat(logon.getColumn("LogonType").get(0)).isEqualTo(10L);
            DataFrame spray = data.query("SELECT count(*) AS n FROM SigninLogs WHERE IPAddress = {ip} AND ResultType = '50126'",
                    Map.of("ip", Story.SPRAY_IP));
            assertThat((Long) spray.getColumn("n").get(0)).isGreaterThan(20);
            DataFrame signin = data.query("SELECT * FROM SigninLogs WHERE IPAddress = {ip} AND ResultType = '0'",
                    Map.of("ip", Story.ATTACKER_IP));
            assertThat(signin.getColumn("UserPrincipalName").toList()).containsOnly(Story.USER);
            assertThat(((JsonNode) signin.getColumn("LocationDetails").get(0)).get("countryOrRegion").asText())
                    .isEqualTo("RO");
            DataFrame beacons = data.query("SELECT FlowStartTime_t FROM AzureNetworkAnalytics_CL WHERE DestIP_s = {ip}"
                    + " AND FlowStartTime_t >= {start} ORDER BY 1", Map.of("ip", Story.ATTACKER_IP, "start", story.beaconStart()));
            assertThat(beacons.height()).isBetween(350, 450);
            DataFrame dns = data.query("SELECT count(*) AS n FROM DnsEvents WHERE Name = {d}", Map.of("d", Story.C2_DOMAIN));
            assertThat((Long) dns.getColumn("n").get(0)).isGreaterThan(50);
            DataFrame exfil = data.query("SELECT sum(OutboundBytes_d) AS bytes FROM AzureNetworkAnalytics_CL"
                    + " WHERE DestIP_s = {ip}", Map.of("ip", Story.EXFIL_IP));
            assertThat((Double) exfil.getColumn("bytes").get(0)).isGreaterThan(500e6);
            DataFrame alerts = data.query("SELECT * FROM SecurityAlert WHERE TimeGenerated >= {day} ORDER BY TimeGenerated",
                    Map.of("day", story.at(0, 0, 0)));
            assertThat(alerts.getColumn("AlertName").toList()).contains("Password Spray", "Malicious IP address",
                    "Suspicious encoded PowerShell command", "Communication with a malicious domain",
                    "Possible data exfiltration");
            JsonNode entities = (JsonNode) alerts.getColumn("Entities").get(2);
            assertThat(entities.isArray()).isTrue();
            DataFrame incident = data.query("SELECT * FROM SecurityIncident WHERE Severity = 'High'");
            assertThat(incident.height()).isEqualTo(1);
            assertThat(((JsonNode) incident.getColumn("AlertIds").get(0)).size()).isEqualTo(5);
        }
    }

    @Test
    void processTreesHoldTogetherOnTheCompromisedHost() {
        try (LocalData data = sample.localData()) {
            DataFrame orphans = data.query("""
                    SELECT c.Image FROM SysmonEvent c
                    WHERE c.Computer LIKE 'WS07.%' AND c.LogonId = {logon} AND c.Image NOT LIKE '%userinit.exe'
                      AND c.Image NOT LIKE '%rdpclip.exe'
                      AND NOT EXISTS (SELECT 1 FROM SysmonEvent p WHERE p.ProcessGuid = c.ParentProcessGuid)
                    """, Map.of("logon", Story.LOGON_ID));
            // Every process of the attacker's session descends from its userinit.exe, in the data.
            assertThat(orphans.getColumn("Image").toList()).isEmpty();
            DataFrame session = data.query("SELECT count(*) AS n FROM SysmonEvent WHERE LogonId = {logon}",
                    Map.of("logon", Story.LOGON_ID));
            assertThat((Long) session.getColumn("n").get(0)).isGreaterThanOrEqualTo(17);
        }
    }

    @Test
    void threatIntelListsNameTheStoryIndicators() throws IOException {
        List<String> csv = Files.readAllLines(sample.threatIntelCsv());
        assertThat(csv.get(0)).isEqualTo("Ioc,IocType,Severity,Details,Reference,FirstSeen,LastSeen");
        assertThat(String.join("\n", csv)).contains(Story.ATTACKER_IP + ",ipv4,high", Story.C2_DOMAIN + ",dns,high",
                Story.TOOL_SHA256 + ",sha256_hash,high");
        JsonNode bundle = new ObjectMapper().readTree(sample.stixBundle().toFile());
        assertThat(bundle.get("type").asText()).isEqualTo("bundle");
        assertThat(bundle.get("objects").findValuesAsText("pattern"))
                .contains("[ipv4-addr:value = '203.0.113.66']", "[domain-name:value = '" + Story.C2_DOMAIN + "']",
                        "[file:hashes.'SHA-256' = '" + Story.TOOL_SHA256 + "']");
        assertThat(bundle.get("objects").get(1).get("spec_version").asText()).isEqualTo("2.1");
    }

    @Test
    void ensureReusesAMatchingSampleAndRefusesAForeignFolder() throws IOException {
        Path folder = sample.folder();
        Instant before = Files.getLastModifiedTime(folder.resolve("manifest.json")).toInstant();
        SampleSet reused = SampleData.ensure(folder, OPTIONS);
        assertThat(reused.options()).isEqualTo(OPTIONS);
        assertThat(Files.getLastModifiedTime(folder.resolve("manifest.json")).toInstant()).isEqualTo(before);
        Path foreign = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(foreign.resolve("thesis.txt"), "precious");
        assertThatThrownBy(() -> SampleData.generate(foreign, OPTIONS)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("not empty");
        assertThat(foreign.resolve("thesis.txt")).hasContent("precious");
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp-"));
    }

    private static long count(LocalData data, String sql) {
        return ((Number) data.query(sql).getColumn(0).get(0)).longValue();
    }

    private static List<String> rows(DataFrame frame) {
        List<String> out = new java.util.ArrayList<>();
        for (int r = 0; r < frame.height(); r++) {
            out.add(io.huntbook.core.table.TableWriter.row(frame, r).toString());
        }
        return out;
    }
}
