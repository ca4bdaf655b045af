package io.huntbook.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.data.catalog.QueryCatalog;
import io.huntbook.data.local.LocalData;
import io.huntbook.data.local.LocalDataCatalog;
import io.huntbook.server.ledger.PollerState;
import io.huntbook.server.ledger.RunFilter;
import io.huntbook.server.ledger.RunRecord;
import io.huntbook.server.triggers.EventSource;
import io.huntbook.server.triggers.PollerSpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample data's SecurityAlert.list_alerts, over a SecurityAlert table this test appends to. */
class Poller_WatermarkAcrossRestartTest {
    static final String HEADER = "TenantId,TimeGenerated,DisplayName,AlertName,AlertSeverity,Description,"
            + "ProviderName,VendorName,VendorOriginalId,SystemAlertId,ResourceId,SourceComputerId,AlertType,"
            + "ConfidenceLevel,ConfidenceScore,IsIncident,StartTime,EndTime,ProcessingEndTime,RemediationSteps,"
            + "ExtendedProperties,Entities,SourceSystem,ProductName,ProductComponentName,AlertLink,Status,"
            + "CompromisedEntity,Tactics,Techniques\n";

    @TempDir
    Path dir;

    @Test
    void each_new_alert_gives_one_run_and_none_runs_twice_across_a_restart() throws Exception {
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Path csv = data.resolve("SecurityAlert.csv");
        Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(2));
        Files.writeString(csv, HEADER + alert("alert-1", base) + alert("alert-2", base.plusSeconds(60)));
        Path catalogFolder = LocalDataCatalog.writeTo(dir.resolve("catalog"));
        AtomicInteger polls = new AtomicInteger();
        EventSource source = (start, end) -> {
            polls.incrementAndGet();
            try (LocalData local = LocalData.builder().table("SecurityAlert", csv).build()) {
                return QueryCatalog.load(catalogFolder).using(local).run("SecurityAlert.list_alerts",
                        Map.of("start", start, "end", end));
            }
        };
        PollerSpec spec = new PollerSpec("alerts", "SecurityAlert.list_alerts", null, Duration.ofMillis(300),
                Duration.ofDays(1), "SystemAlertId", "TimeGenerated", "triage",
                Map.of("ip", "{CompromisedEntity}"));
        ServerSettings settings = TestServers.settings(dir).queueFolder(null).poller(spec).build();

        try (HuntbookServer server = start(settings, source)) {
            TestServers.await("a run per alert", 20, () -> server.ledger().list(RunFilter.all()).size() == 2);
            RunRecord run = server.ledger().findByIdempotencyKey("poller:alerts:alert-1").orElseThrow();
            assertThat(run.trigger()).isEqualTo("poller");
            assertThat(run.identifier()).isEqualTo("alert-1");
            assertThat(run.parametersJson()).contains("\"ip\":\"host-alert-1\"");
        }
        try (HuntbookServer server = start(settings, source)) {
            // Polls run one after the other: once a second poll has started, the first after the restart is done.
            awaitPollsAfter(polls, polls.get(), 2);
            assertThat(server.ledger().list(RunFilter.all())).hasSize(2);
            assertThat(new PollerState(dataSourceOf(server)).watermark("alerts")).contains(base.plusSeconds(60));

            Files.writeString(csv, alert("alert-3", base.plusSeconds(120)), StandardOpenOption.APPEND);
            TestServers.await("a run for the new alert", 20, () -> server.ledger().list(RunFilter.all()).size() == 3);
            // Two more whole polls see alert-3 again within the overlap, and must not run it twice.
            awaitPollsAfter(polls, polls.get(), 3);
            assertThat(server.ledger().list(RunFilter.all())).extracting(RunRecord::identifier)
                    .containsExactlyInAnyOrder("alert-1", "alert-2", "alert-3");
        }
    }

    /** Waits until {@code more} polls have started since {@code seen} (so {@code more - 1} have finished). */
    private static void awaitPollsAfter(AtomicInteger polls, int seen, int more) {
        TestServers.await(more + " more polls", 20, () -> polls.get() >= seen + more);
    }

    private static javax.sql.DataSource dataSourceOf(HuntbookServer server) {
        return server.dataSource();
    }

    private static HuntbookServer start(ServerSettings settings, EventSource source) {
        Clock clock = Clock.systemUTC();
        JsonLog log = new JsonLog(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), clock);
        return HuntbookServer.start(settings, new HuntbookServer.Parts(new RecordingExecutor(2), null, clock, log,
                spec -> source));
    }

    static String alert(String id, Instant time) {
        return "tenant," + time + ",Suspicious thing,Suspicious thing,High,desc,ASC,Microsoft,v1," + id
                + ",,,,,,false," + time + "," + time + "," + time + ",,\"{\"\"Compromised Host\"\": \"\"host-" + id
                + "\"\"}\",[],Detection,ASC,,,New,host-" + id + ",Execution,T1059\n";
    }
}
