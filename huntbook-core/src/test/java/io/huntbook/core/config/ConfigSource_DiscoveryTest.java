package io.huntbook.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.core.BadInputException;
import io.huntbook.core.HuntbookHome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigSource_DiscoveryTest {
    @TempDir
    Path dir;

    private Path file(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "Azure:\n  cloud: global\n");
    }

    @Test
    void searchOrderIsOptionVariableWorkingFolderHomeThenMsticpy() throws IOException {
        Path explicit = file("explicit.yaml");
        Path named = file("named.yaml");
        Path work = dir.resolve("work");
        Path local = file("work/huntbook.yaml");
        Path home = file("home/huntbook.yaml");
        Path msticpy = file("msticpyconfig.yaml");
        Map<String, String> env = new HashMap<>(Map.of("HUNTBOOK_CONFIG", named.toString(),
                "HUNTBOOK_HOME", dir.resolve("home").toString(), "MSTICPYCONFIG", msticpy.toString()));

        assertThat(ConfigSource.locate(explicit, env, work).orElseThrow().file()).isEqualTo(explicit);
        assertThat(ConfigSource.locate(null, env, work).orElseThrow().foundThrough()).isEqualTo("HUNTBOOK_CONFIG");
        env.remove("HUNTBOOK_CONFIG");
        assertThat(ConfigSource.locate(null, env, work).orElseThrow().file()).isEqualTo(local);
        Files.delete(local);
        assertThat(ConfigSource.locate(null, env, work).orElseThrow().file()).isEqualTo(home);
        Files.delete(home);
        assertThat(ConfigSource.locate(null, env, work).orElseThrow().foundThrough()).isEqualTo("MSTICPYCONFIG");
        env.remove("MSTICPYCONFIG");
        assertThat(ConfigSource.locate(null, env, work)).isEmpty();
        assertThat(HuntbookConfig.discover(null, env, work).tiProviders()).isEmpty();
    }

    @Test
    void aNamedFileThatIsMissingIsAnError() {
        Path missing = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> ConfigSource.locate(missing, Map.of(), dir)).isInstanceOf(BadInputException.class)
                .hasMessage("--config names " + missing + ", which does not exist:"
                        + " give the path of a huntbook.yaml or msticpyconfig.yaml");
        assertThatThrownBy(() -> ConfigSource.locate(null, Map.of("HUNTBOOK_CONFIG", missing.toString()), dir))
                .isInstanceOf(BadInputException.class).hasMessageContaining("or unset HUNTBOOK_CONFIG");
    }

    @Test
    void dataFolderHonoursHuntbookHome() {
        assertThat(HuntbookHome.dir(Map.of("HUNTBOOK_HOME", dir.toString()))).isEqualTo(dir);
        assertThat(HuntbookHome.dir(Map.of())).isEqualTo(Path.of(System.getProperty("user.home"), ".huntbook"));
    }
}
