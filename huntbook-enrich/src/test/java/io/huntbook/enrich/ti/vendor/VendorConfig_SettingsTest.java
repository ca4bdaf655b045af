package io.huntbook.enrich.ti.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.core.BadInputException;
import io.huntbook.core.config.HuntbookConfig;
import io.huntbook.enrich.ti.RateLimit;
import io.huntbook.enrich.ti.TiProvider;
import io.huntbook.enrich.ti.TiProviders;
import io.huntbook.enrich.ti.Tlp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VendorConfig_SettingsTest {
    private static HuntbookConfig config(String yaml) {
        return HuntbookConfig.parse(yaml, "test.yaml", Map.of());
    }

    private static TiProvider only(String yaml) {
        List<String> warnings = new ArrayList<>();
        var engine = TiProviders.fromConfig(config(yaml), List::of, warnings::add).build();
        assertThat(warnings).isEmpty();
        return engine.providers().get(0);
    }

    @Test
    void eachVendorHasItsFreeTierLimitsUnlessRateLimitsReplaceThem() {
        TiProvider vt = only("TIProviders:\n  VirusTotal:\n    Primary: true\n");
        assertThat(vt.rateLimits()).containsExactly(RateLimit.perMinute(4), RateLimit.perDay(500));
        TiProvider paid = only("""
                TIProviders:
                  VirusTotal:
                    Primary: true
                    Args:
                      RateLimits: [1000/minute, 2/second, 100000/month]
                      MaxTlp: green
                """);
        assertThat(paid.rateLimits()).containsExactly(RateLimit.perMinute(1000), RateLimit.perSecond(2),
                new RateLimit(100_000, Duration.ofDays(30)));
        assertThat(paid.maxTlp()).isEqualTo(Tlp.GREEN);
        assertThat(only("TIProviders:\n  GreyNoise:\n    Primary: true\n").rateLimits())
                .containsExactly(new RateLimit(50, Duration.ofDays(7)));
        assertThat(only("TIProviders:\n  CrowdSec:\n    Primary: true\n").rateLimits())
                .containsExactly(RateLimit.perDay(50));
    }

    /** The defaults docs/threat-intel-providers.md documents, per provider entry. */
    @Test
    void everyProviderHasTheDocumentedDefaultLimitsTypesAndTlp() {
        record Expected(String entry, String limits, Tlp tlp, String types) {}
        List<Expected> documented = List.of(
                new Expected("VirusTotal", "4/minute, 500/day", Tlp.AMBER,
                        "[dns, hostname, ipv4, ipv6, md5_hash, sha1_hash, sha256_hash, url]"),
                new Expected("OTX", "10000/hour", Tlp.AMBER,
                        "[dns, hostname, ipv4, ipv6, md5_hash, sha1_hash, sha256_hash, url]"),
                new Expected("AbuseIPDB", "1000/day", Tlp.AMBER, "[ipv4, ipv6]"),
                new Expected("GreyNoise", "50/week", Tlp.AMBER, "[ipv4]"),
                new Expected("XForce", "5000/month", Tlp.AMBER,
                        "[dns, hostname, ipv4, ipv6, md5_hash, sha1_hash, sha256_hash, url]"),
                new Expected("URLScan", "30/minute, 1000/day", Tlp.AMBER,
                        "[dns, hostname, ipv4, ipv6, sha256_hash, url]"),
                new Expected("URLhaus", "1/second", Tlp.AMBER, "[dns, hostname, ipv4, md5_hash, sha256_hash, url]"),
                new Expected("ThreatFox", "1/second", Tlp.AMBER, "[dns, hostname, ipv4, md5_hash, sha256_hash, url]"),
                new Expected("MalwareBazaar", "1/second", Tlp.AMBER, "[md5_hash, sha1_hash, sha256_hash]"),
                new Expected("CrowdSec", "50/day", Tlp.AMBER, "[ipv4, ipv6]"),
                new Expected("Tor", "no limit", Tlp.RED, "[ipv4, ipv6]"),
                new Expected("MISP", "no limit", Tlp.RED,
                        "[dns, email, hostname, ipv4, ipv6, md5_hash, sha1_hash, sha256_hash, sha512_hash, url]"));
        for (Expected e : documented) {
            TiProvider p = only("TIProviders:\n  " + e.entry() + ":\n    Primary: true\n    Args:\n"
                    + "      BaseUrl: https://misp.example.org\n");
            assertThat(VendorConfig.describe(p.rateLimits())).as(e.entry() + " limits").isEqualTo(e.limits());
            assertThat(p.maxTlp()).as(e.entry() + " TLP").isEqualTo(e.tlp());
            assertThat(new java.util.TreeSet<>(p.supportedTypes())).as(e.entry() + " types")
                    .hasToString(e.types());
            assertThat(p.isLocal()).as(e.entry() + " local").isEqualTo(e.entry().equals("Tor"));
        }
        assertThat(VendorConfig.describe(only("TIProviders:\n  GreyNoise:\n    Primary: true\n    Args:\n"
                + "      Api: enterprise\n").rateLimits())).isEqualTo("no limit");
    }

    @Test
    void aRateLimitThatCannotBeReadSaysHowToWriteIt() {
        assertThatThrownBy(() -> VendorConfig.parseLimit("4 per minute", "TIProviders.VT.Args.RateLimits"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("TIProviders.VT.Args.RateLimits: cannot read rate limit '4 per minute': write N/unit with"
                        + " unit second, minute, hour, day, week or month, e.g. 4/minute");
    }

    @Test
    void entriesThatCannotBeBuiltAreListedAsUnavailableWithTheReasonAndSkipped() {
        HuntbookConfig config = config("""
                TIProviders:
                  MISP:
                    Primary: true
                    Args:
                      AuthKey: {EnvironmentVar: MISP_KEY}
                  OTX:
                    Primary: true
                    Args:
                      BaseUrl: ftp://otx.example
                  GreyNoise:
                    Primary: true
                    Args:
                      Api: premium
                  Pulsedive:
                    Primary: true
                """);
        var described = TiProviders.describe(config);
        assertThat(described).allSatisfy(c -> assertThat(c.available()).isFalse());
        assertThat(described.get(0).note()).isEqualTo("TIProviders.MISP.Args.BaseUrl is missing: give your MISP"
                + " instance's URL, e.g. https://misp.example.org");
        assertThat(described.get(1).note()).contains("BaseUrl").contains("not an http(s) URL");
        assertThat(described.get(2).note()).contains("write community or enterprise");
        assertThat(described.get(3).note()).contains("not available in this version").contains("VirusTotal");
        List<String> warnings = new ArrayList<>();
        assertThatThrownBy(() -> TiProviders.fromConfig(config, List::of, warnings::add))
                .isInstanceOf(BadInputException.class).hasMessageContaining("no threat-intel provider is usable");
        assertThat(warnings).hasSize(4).allSatisfy(w -> assertThat(w).endsWith("; skipped"));
    }

    @Test
    void everyMsticpyAndHuntbookVendorNameBuildsAProvider() {
        assertThat(TiProviders.kinds()).contains("LocalList", "VirusTotal", "OTX", "AbuseIPDB", "GreyNoise", "XForce",
                "URLScan", "URLhaus", "ThreatFox", "MalwareBazaar", "CrowdSec", "Tor", "MISP");
        assertThat(io.huntbook.core.config.KnownNames.TI_PROVIDERS).containsAll(TiProviders.kinds());
    }
}
