package io.huntbook.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.core.NotYetAvailableException;
import io.huntbook.core.Severity;
import io.huntbook.core.config.HuntbookConfig;
import io.huntbook.enrich.ti.LookupResult;
import io.huntbook.testing.ThreatListConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dflib.DataFrame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hb}'s services over a configuration: the sample data's queries and a configured threat list. */
class Session_ServicesTest {
    @TempDir
    Path dir;

    @Test
    void queriesRunCatalogQueriesAgainstTheSampleData() {
        Session session = Session.of(HuntbookConfig.empty());
        DataFrame alerts = session.queries().run("SecurityAlert.list_alerts", Map.of());
        assertThat(alerts.height()).isPositive();
        assertThat(alerts.getColumn("AlertName").toList())
                .contains("Password Spray", "Malicious IP address");
        DataFrame processes = session.queries().run("WindowsSecurity.list_host_processes",
                Map.of("host_name", "WS07' OR '1'='1"));
        assertThat(processes.height()).as("a hostile value matches nothing").isZero();
        assertThat(session.queries()).isSameAs(session.queries("localdata"));
    }

    @Test
    void anEnvironmentWithoutProviderSaysSo() {
        Session session = Session.of(HuntbookConfig.empty());
        assertThatThrownBy(() -> session.queries("NoSuchSiem")).isInstanceOf(NotYetAvailableException.class)
                .hasMessageContaining("NoSuchSiem");
    }

    @Test
    void threatIntelLooksUpInTheConfiguredLocalList() throws Exception {
        Path file = ThreatListConfig.write(dir, "203.0.113.66", "high");
        Session session = Session.of(HuntbookConfig.load(file));
        List<LookupResult> hit = session.threatIntel().lookup("203.0.113.66");
        assertThat(hit).singleElement().satisfies(r -> {
            assertThat(r.provider()).isEqualTo("Corporate");
            assertThat(r.result()).isTrue();
            assertThat(r.severity()).isEqualTo(Severity.HIGH);
        });
        assertThat(session.threatIntel().lookup("198.51.100.1")).allSatisfy(r -> assertThat(r.result()).isFalse());
        assertThat(session.threatIntel()).isSameAs(session.threatIntel());
    }

    @Test
    void aSessionOutsideAnEngineNamesNoConfigFile() {
        Session session = Session.of(HuntbookConfig.empty());
        assertThat(session.configFile()).isNull();
        assertThat(session).hasToString("Huntbook session");
    }
}
