package io.huntbook.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.core.BadInputException;
import io.huntbook.core.config.HuntbookConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerConfig_SectionTest {
    private static final String YAML = """
            Huntbook:
              Server:
                Port: 9090
                Ledger: jdbc:postgresql://db/huntbook
                LedgerUser: hb
                LedgerPassword: {EnvironmentVar: HB_LEDGER_PASSWORD}
                Concurrency: 4
                MaxAttempts: 5
                TemplateLimits: {ip-triage: 1}
                Schedules:
                  - {Name: daily, Cron: "0 6 * * *", TimeZone: Europe/Paris, Template: health,
                     Parameters: {start: "-1d@d", days: 2}}
                Pollers:
                  - {Name: alerts, Query: SecurityAlert.list_alerts, IntervalSeconds: 30, EventKey: SystemAlertId,
                     Template: alert-triage, Parameters: {alert_id: "{SystemAlertId}"}}
            """;

    @Test
    void the_server_section_sets_ledger_limits_schedules_and_pollers() {
        HuntbookConfig config = HuntbookConfig.parse(YAML, "huntbook.yaml", Map.of("HB_LEDGER_PASSWORD", "s3cret"));
        ServerSettings.Builder builder = ServerSettings.builder(Path.of("/tmp/hb"));
        ServerConfig.apply(config, builder);
        ServerSettings settings = builder.build();
        assertThat(settings.port()).isEqualTo(9090);
        assertThat(settings.ledgerUrl()).isEqualTo("jdbc:postgresql://db/huntbook");
        assertThat(settings.ledgerUser()).isEqualTo("hb");
        assertThat(settings.ledgerPassword()).isEqualTo("s3cret");
        assertThat(settings.concurrency()).isEqualTo(4);
        assertThat(settings.maxAttempts()).isEqualTo(5);
        assertThat(settings.templateLimits()).containsEntry("ip-triage", 1);
        assertThat(settings.schedules()).singleElement().satisfies(s -> {
            assertThat(s.cron()).isEqualTo("0 6 * * *");
            assertThat(s.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
            assertThat(s.job().parameters()).containsEntry("start", "-1d@d")
                    .containsEntry("days", java.math.BigInteger.TWO);
        });
        assertThat(settings.pollers()).singleElement().satisfies(p -> {
            assertThat(p.interval()).isEqualTo(Duration.ofSeconds(30));
            assertThat(p.timeField()).isEqualTo("TimeGenerated");
            assertThat(p.parameters()).containsEntry("alert_id", "{SystemAlertId}");
        });
    }

    @Test
    void an_unknown_time_zone_is_refused_naming_the_setting() {
        HuntbookConfig config = HuntbookConfig.parse("""
                Huntbook:
                  Server:
                    Schedules:
                      - {Name: x, Cron: "0 6 * * *", TimeZone: Mars/Olympus, Template: t}
                """, "huntbook.yaml", Map.of());
        assertThatThrownBy(() -> ServerConfig.apply(config, ServerSettings.builder(Path.of("/tmp/hb"))))
                .isInstanceOf(BadInputException.class).hasMessageContaining("Mars/Olympus")
                .hasMessageContaining("TimeZone");
    }
}
