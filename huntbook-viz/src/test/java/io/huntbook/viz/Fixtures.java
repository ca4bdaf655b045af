package io.huntbook.viz;

import java.time.Duration;
import java.time.Instant;
import org.dflib.DataFrame;
import org.dflib.builder.DataFrameArrayAppender;

/** Small deterministic frames for chart tests, with hostile text where data may be attacker-controlled. */
final class Fixtures {
    private Fixtures() {}

    static final Instant START = Instant.parse("2026-11-20T00:00:00Z");
    /** Text that would run script or break out of attributes and elements if it reached HTML unescaped. */
    static final String HOSTILE = "</script><script>document.title='PWNED'</script><img src=x onerror=\"document.body"
            + ".appendChild(document.createElement('pwned'))\">'\"&amp;{a|b}";

    /** Process events: {@code n} rows over two days on three hosts (one with a hostile name), with accounts. */
    static DataFrame events(int n) {
        DataFrameArrayAppender appender = DataFrame.byArrayRow("TimeGenerated", "Computer", "Account", "CommandLine",
                "Bytes").appender();
        String[] hosts = {"web01", "db02", HOSTILE};
        for (int i = 0; i < n; i++) {
            appender.append(START.plus(Duration.ofSeconds((long) i * 172_800 / Math.max(1, n))), hosts[i % 3],
                    i % 2 == 0 ? "alice" : "bob", i == 0 ? HOSTILE : "cmd.exe /c whoami " + i, (long) (i % 7) * 100);
        }
        return appender.toDataFrame();
    }

    /** An hourly series with a baseline and two anomalies (hours 10 and 30). */
    static DataFrame series() {
        DataFrameArrayAppender appender = DataFrame.byArrayRow("TimeGenerated", "Total", "baseline", "score",
                "anomalies").appender();
        for (int h = 0; h < 48; h++) {
            boolean anomaly = h == 10 || h == 30;
            double baseline = 100 + 20 * Math.sin(h / 24.0 * 2 * Math.PI);
            appender.append(START.plus(Duration.ofHours(h)), anomaly ? baseline * 3 : baseline + (h % 5), baseline,
                    anomaly ? 4.2 : 0.1, anomaly ? 1 : 0);
        }
        return appender.toDataFrame();
    }

    /** GeoIP-shaped rows: Sydney, London, New York (twice), one without a location. */
    static DataFrame places() {
        return DataFrame.byArrayRow("IpAddress", "City", "CountryOrRegionName", "Latitude", "Longitude", "Source")
                .appender()
                .append("203.0.113.7", "Sydney", "Australia", -33.87, 151.21, "signins")
                .append("198.51.100.2", HOSTILE, "United Kingdom", 51.51, -0.13, "signins")
                .append("192.0.2.1", "New York", "United States", 40.71, -74.01, "alerts")
                .append("192.0.2.9", "New York", "United States", 40.72, -74.0, "alerts")
                .append("10.0.0.1", null, null, null, null, "alerts")
                .toDataFrame();
    }

    /** Logons: account to host, a hostile account among them. */
    static DataFrame logons() {
        return DataFrame.byArrayRow("Account", "Computer", "LogonType").appender()
                .append("alice", "web01", 3)
                .append("alice", "db02", 3)
                .append("bob", "web01", 10)
                .append("bob", "web01", 10)
                .append(HOSTILE, "db02", 2)
                .toDataFrame();
    }
}
