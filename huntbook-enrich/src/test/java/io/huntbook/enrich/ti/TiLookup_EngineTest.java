package io.huntbook.enrich.ti;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.core.BadInputException;
import io.huntbook.core.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.dflib.DataFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TiLookup_EngineTest {
    private static final RetryPolicy FAST_RETRY = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofSeconds(2));

    private static TiLookup engine(TiProvider... providers) {
        TiLookup.Builder b = TiLookup.builder().retry(FAST_RETRY).typeInference(ioc -> Optional.of(
                ioc.matches("[0-9.]+") ? "ipv4" : "dns"));
        for (TiProvider p : providers) {
            b.primary(p);
        }
        return b.build();
    }

    @Test
    void returnsMsticpyColumnsWithSeverityFromTheProvider() {
        ScriptedProvider p = new ScriptedProvider("Scripted");
        DataFrame frame = engine(p).lookupFrame(List.of("evil.example", "good.example"));
        assertThat(frame.getColumnsIndex().toArray()).containsExactlyElementsOf(LookupResult.COLUMNS);
        assertThat(frame.getColumn("Severity").get(0)).isEqualTo("high");
        assertThat(frame.getColumn("Result").get(0)).isEqualTo(true);
        assertThat(frame.getColumn("SafeIoc").get(0)).isEqualTo("evil[.]example");
        assertThat(frame.getColumn("Result").get(1)).isEqualTo(false);
        assertThat(frame.getColumn("Status").get(1)).isEqualTo(0);
    }

    @Test
    void privateAndReservedAddressesAreNeverSent() {
        ScriptedProvider p = new ScriptedProvider("Scripted");
        List<LookupResult> rows = engine(p).lookup(List.of("10.0.0.5", "127.0.0.1", "8.8.8.8"), LookupOptions.defaults());
        assertThat(p.received).containsExactly("8.8.8.8");
        assertThat(rows.get(0).status()).isEqualTo(LookupStatus.NOT_SUPPORTED.code());
        assertThat(rows.get(0).details().asText()).contains("Private");
        assertThat(rows.get(0).severity()).isEqualTo(Severity.UNKNOWN);
    }

    @Test
    void retriesAThrottledCallAfterRetryAfterThenSucceeds() {
        ScriptedProvider p = new ScriptedProvider("Scripted").thenFail(429, 1).thenFail(503, null);
        long start = System.nanoTime();
        List<LookupResult> rows = engine(p).lookup("evil.example", "dns");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(p.received).hasSize(3);
        assertThat(rows.get(0).succeeded()).isTrue();
        assertThat(rows.get(0).severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void aCallThatKeepsFailingIsAFailedRowNeverACleanResult() {
        ScriptedProvider p = new ScriptedProvider("Scripted").thenFail(500, null).thenFail(500, null).thenFail(500, null);
        LookupResult row = engine(p).lookup("evil.example", "dns").get(0);
        assertThat(row.succeeded()).isFalse();
        assertThat(row.status()).isEqualTo(LookupStatus.QUERY_FAILED.code());
        assertThat(row.details().asText()).contains("HTTP 500").contains("3 attempts");
        assertThat(row.severity()).isEqualTo(Severity.UNKNOWN);
        assertThat(LookupResult.maxSeverity(List.of(row))).isEqualTo(Severity.UNKNOWN);
    }

    @Test
    void aRejectedKeyIsNotRetried() {
        ScriptedProvider p = new ScriptedProvider("Scripted").thenFail(401, null);
        LookupResult row = engine(p).lookup("evil.example", "dns").get(0);
        assertThat(p.received).hasSize(1);
        assertThat(row.details().asText()).contains("HTTP 401");
    }

    @Test
    void rateLimitsQueueCallsInsteadOfExceedingThem() {
        ScriptedProvider p = new ScriptedProvider("Limited");
        p.limits = List.of(new RateLimit(3, Duration.ofMillis(500)));
        List<String> iocs = IntStream.range(0, 7).mapToObj(i -> "host" + i + ".example").toList();
        List<LookupResult> rows = engine(p).lookup(iocs, LookupOptions.defaults());
        assertThat(rows).allMatch(LookupResult::succeeded);
        List<Long> times = new ArrayList<>(p.callTimesNanos);
        times.sort(Long::compare);
        for (int i = 3; i < times.size(); i++) {
            assertThat(Duration.ofNanos(times.get(i) - times.get(i - 3)))
                    .as("no more than 3 calls in any 500 ms (less scheduling slack between the gate and the provider)").isGreaterThanOrEqualTo(Duration.ofMillis(350));
        }
    }

    @Test
    void concurrencyPerProviderIsBounded() {
        ScriptedProvider p = new ScriptedProvider("Slow");
        p.concurrency = 2;
        p.holdUntilInFlight = 2;
        engine(p).lookup(IntStream.range(0, 12).mapToObj(i -> "h" + i + ".example").toList(), LookupOptions.defaults());
        assertThat(p.maxInFlight.get()).isLessThanOrEqualTo(2);
    }

    @Test
    void observablesAboveAProvidersTlpAreNotSentToIt() {
        ScriptedProvider external = new ScriptedProvider("External");
        external.maxTlp = Tlp.GREEN;
        List<LookupResult> rows = engine(external).lookup(List.of("evil.example"),
                LookupOptions.defaults().withTlp(Tlp.AMBER));
        assertThat(external.received).isEmpty();
        assertThat(rows.get(0).details().asText()).contains("TLP:AMBER");
    }

    @Test
    void answersAreCachedOnDiskAcrossRestartsAndCanBeBypassed(@TempDir Path cache) {
        ScriptedProvider first = new ScriptedProvider("Cached");
        TiLookup.builder().primary(first).cacheFolder(cache).build().lookup("evil.example", "dns");
        ScriptedProvider second = new ScriptedProvider("Cached");
        TiLookup restarted = TiLookup.builder().primary(second).cacheFolder(cache).build();
        LookupResult row = restarted.lookup("evil.example", "dns").get(0);
        assertThat(second.received).isEmpty();
        assertThat(row.severity()).isEqualTo(Severity.HIGH);
        restarted.lookup("evil.example", "dns", LookupOptions.defaults().withCacheBypassed(true));
        assertThat(second.received).containsExactly("evil.example");
    }

    @Test
    void unknownProviderNamesTheConfiguredOnes() {
        TiLookup ti = engine(new ScriptedProvider("One"));
        assertThatThrownBy(() -> ti.lookup(List.of("x.example"), LookupOptions.defaults().withProviders(List.of("Two"))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("[One]");
    }

    @Test
    void defangedIndicatorsAreRefangedAndTypedByTheExtractor() {
        ScriptedProvider p = new ScriptedProvider("Scripted");
        List<LookupResult> rows = TiLookup.builder().primary(p).build()
                .lookup(List.of("evil[.]example[.]com", "8[.]8[.]8[.]8"), LookupOptions.defaults());
        assertThat(p.received).containsExactlyInAnyOrder("evil.example.com", "8.8.8.8");
        assertThat(rows).extracting(LookupResult::iocType).containsExactly("dns", "ipv4");
    }

    @Test
    void textThatIsNoIndicatorIsBadInput() {
        TiLookup ti = TiLookup.builder().primary(new ScriptedProvider("Scripted")).build();
        assertThatThrownBy(() -> ti.lookup("not an indicator at all")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("give its type");
    }
}
