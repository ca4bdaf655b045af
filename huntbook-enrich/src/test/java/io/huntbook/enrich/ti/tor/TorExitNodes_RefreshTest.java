package io.huntbook.enrich.ti.tor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.core.Severity;
import io.huntbook.core.config.HuntbookConfig;
import io.huntbook.enrich.ti.LookupOptions;
import io.huntbook.enrich.ti.LookupResult;
import io.huntbook.enrich.ti.TiProviderException;
import io.huntbook.enrich.ti.TiProviders;
import io.huntbook.enrich.ti.TiQuery;
import io.huntbook.testing.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TorExitNodes_RefreshTest {
    @TempDir
    Path dir;

    private static MutableClock clock() {
        return new MutableClock(Instant.parse("2026-11-27T00:00:00Z"));
    }

    private static String list(String fingerprint, String address) {
        return "ExitNode " + fingerprint + "\nPublished 2026-11-26 22:50:41\nLastStatus 2026-11-27 08:00:00\n"
                + "ExitAddress " + address + " 2026-11-27 08:13:27\n";
    }

    private static boolean isExit(TorExitNodesProvider tor, String ip) {
        return tor.lookup(new TiQuery(ip, "ipv4", null)).found();
    }

    @Test
    void theFileIsReadAgainOnlyOnceItIsOlderThanTheRefreshInterval() throws Exception {
        Path file = dir.resolve("exit-addresses");
        Files.writeString(file, list("AAAA", "176.10.99.200"));
        MutableClock clock = clock();
        TorExitNodesProvider tor = new TorExitNodesProvider("Tor", ExitListSource.file(file), Duration.ofHours(24),
                clock);
        assertThat(isExit(tor, "176.10.99.200")).isTrue();

        Files.writeString(file, list("BBBB", "185.220.101.4"));
        clock.advance(Duration.ofHours(23));
        assertThat(isExit(tor, "176.10.99.200")).as("still the list read 23 h ago").isTrue();
        assertThat(isExit(tor, "185.220.101.4")).isFalse();

        clock.advance(Duration.ofHours(2));
        assertThat(isExit(tor, "185.220.101.4")).as("read again after a day").isTrue();
        assertThat(isExit(tor, "176.10.99.200")).isFalse();
    }

    @Test
    void aFailedRefreshKeepsThePreviousListAnswering() throws Exception {
        Path file = dir.resolve("exit-addresses");
        Files.writeString(file, list("AAAA", "176.10.99.200"));
        MutableClock clock = clock();
        TorExitNodesProvider tor = new TorExitNodesProvider("Tor", ExitListSource.file(file), Duration.ofHours(24),
                clock);
        assertThat(isExit(tor, "176.10.99.200")).isTrue();
        Files.delete(file);
        clock.advance(Duration.ofDays(2));
        assertThat(isExit(tor, "176.10.99.200")).isTrue();
    }

    @Test
    void aMissingFileAtFirstUseSaysWhereToGetTheList() {
        TorExitNodesProvider tor = new TorExitNodesProvider("Tor", ExitListSource.file(dir.resolve("none")),
                Duration.ofHours(24), clock());
        assertThatThrownBy(() -> isExit(tor, "176.10.99.200")).isInstanceOf(TiProviderException.class)
                .hasMessageContaining("does not exist").hasMessageContaining("check.torproject.org/exit-addresses")
                .satisfies(e -> assertThat(((TiProviderException) e).retryable()).isFalse());
    }

    @Test
    void aConfiguredFileRelativeToTheConfigurationAnswersWithWarningSeverity() throws Exception {
        Files.createDirectories(dir.resolve("lists"));
        Files.writeString(dir.resolve("lists/exit-addresses"), list("0111BA9B604669E636FFD5B503F382A4B7AD6E80",
                "176.10.99.201"));
        Path config = dir.resolve("huntbook.yaml");
        Files.writeString(config, """
                TIProviders:
                  Tor:
                    Primary: true
                    Args:
                      Source: lists/exit-addresses
                      RefreshHours: 12
                """);
        var engine = TiProviders.fromConfig(HuntbookConfig.load(config, Map.of()), List::of, w -> {
            throw new AssertionError(w);
        }).build();
        List<LookupResult> rows = engine.lookup(List.of("176.10.99.201", "10.0.0.1"), LookupOptions.defaults());
        assertThat(rows.get(0).result()).isTrue();
        assertThat(rows.get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(rows.get(0).details().path("ExitNode").asText()).isEqualTo("0111BA9B604669E636FFD5B503F382A4B7AD6E80");
        assertThat(rows.get(1).status()).as("a private address is answered locally").isZero();
        assertThat(rows.get(1).result()).isFalse();
    }

    @Test
    void aPlainListOfAddressesIsReadToo() {
        var exits = TorExitNodesProvider.parse("# torbulkexitlist\n185.220.101.4\n2001:67c:e60:c0c:192:42:116:16\n",
                "test");
        assertThat(exits).containsKeys("185.220.101.4", "2001:67c:e60:c0c:192:42:116:16");
    }
}
