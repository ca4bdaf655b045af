package io.huntbook.server.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.core.BadInputException;
import io.huntbook.core.config.HuntbookConfig;
import io.huntbook.server.incident.IncidentDatabase;
import io.huntbook.server.incident.IncidentSink;
import io.huntbook.server.incident.IncidentSinkSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Huntbook.Outputs and Huntbook.IncidentSinks as a configuration file gives them. */
class OutputSettings_FromConfigTest {
    private static HuntbookConfig config(String yaml) {
        return HuntbookConfig.parse(yaml, "/etc/huntbook/huntbook.yaml", Map.of());
    }

    @Test
    void theOutputFolderIsTakenFromTheFileOrDefaultsUnderTheDataFolder() {
        assertThat(OutputSettings.folder(config("Huntbook:\n  Outputs:\n    Folder: /srv/out\n")))
                .isEqualTo(Path.of("/srv/out"));
        assertThat(OutputSettings.folder(config("Huntbook: {}\n"))).endsWithRaw(Path.of("outputs"));
    }

    @Test
    void unsafeSettingsAreRefusedWithWhatToWrite() {
        assertThatThrownBy(() -> OutputSettings.pipeline(config("Huntbook:\n  Outputs:\n    Folder: /srv/out\n"
                + "    Naming: ../{run_id}.ipynb\n"))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("'..' folder");
        assertThatThrownBy(() -> OutputSettings.pipeline(config("Huntbook:\n  Outputs:\n    Folder: /srv/out\n"
                + "    FindingsFolder: ../elsewhere\n"))).isInstanceOf(BadInputException.class)
                .hasMessageContaining("one plain folder name");
    }

    @Test
    void withoutASinkSectionTheLocalStoreIsTheOneSinkAndWindowsParse() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:settings-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        IncidentDatabase.migrate(h2);
        List<IncidentSink> sinks = IncidentSinkSettings.fromConfig(config("Huntbook: {}\n"), h2, Clock.systemUTC(),
                Map.of());
        assertThat(sinks).extracting(IncidentSink::name).containsExactly("local");
        assertThat(sinks.get(0).dedupWindow()).isEqualTo(Duration.ofDays(1));
        assertThat(IncidentSinkSettings.fromConfig(config("Huntbook:\n  IncidentSinks:\n    local: {Type: Local,"
                + " DedupWindow: 90m}\n"), h2, Clock.systemUTC(), Map.of()).get(0).dedupWindow())
                .isEqualTo(Duration.ofMinutes(90));
        assertThat(IncidentSinkSettings.duration("PT12H", "x")).isEqualTo(Duration.ofHours(12));
        assertThat(IncidentSinkSettings.duration("2w", "x")).isEqualTo(Duration.ofDays(14));
    }
}
