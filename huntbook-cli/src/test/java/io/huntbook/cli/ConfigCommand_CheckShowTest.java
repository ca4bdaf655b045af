package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCommand_CheckShowTest {
    private static final String CANARY_LITERAL = "CANARY-cli-literal-41c2";
    private static final String CANARY_FILE = "CANARY-cli-file-8e07";

    @TempDir
    Path dir;

    private final ObjectMapper json = new ObjectMapper();

    private Path msticpyConfig() throws IOException {
        Files.writeString(dir.resolve("gn.key"), CANARY_FILE + "\n");
        return Files.writeString(dir.resolve("msticpyconfig.yaml"), """
                AzureSentinel:
                  Workspaces:
                    Default:
                      WorkspaceId: "0b6c3a7e-2f41-4c55-9a10-3d2e8f7c1b90"
                      TenantId: "7e1d2c3b-4a59-4f68-8e77-6a5b4c3d2e1f"
                TIProviders:
                  OTX:
                    Args:
                      AuthKey: "%s"
                    Primary: True
                    Provider: "OTX"
                  GreyNoise:
                    Args:
                      AuthKey:
                        File: gn.key
                    Primary: True
                    Provider: "GreyNoise"
                  VirusTotal:
                    Args:
                      AuthKey:
                        EnvironmentVar: HUNTBOOK_TEST_UNSET_VT_KEY
                    Provider: VirusTotal
                """.formatted(CANARY_LITERAL));
    }

    @Test
    void checkAcceptsAValidMsticpyConfigWithWarningsOnly() throws IOException {
        Path file = msticpyConfig();
        CliRun run = CliRun.of("config", "check", "--config", file.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo(file + ": valid, 1 warning");
        assertThat(run.err()).contains("huntbook: warning: " + file + ":21: TIProviders.VirusTotal.Args.AuthKey:"
                + " cannot resolve {EnvironmentVar: HUNTBOOK_TEST_UNSET_VT_KEY}");
    }

    @Test
    void checkWithResolveTurnsUnresolvableSecretsIntoErrors() throws IOException {
        Path file = msticpyConfig();
        CliRun run = CliRun.of("--config", file.toString(), "config", "check", "--resolve", "--format", "json");
        assertThat(run.exitCode()).isEqualTo(2);
        JsonNode result = json.readTree(run.out());
        assertThat(result.path("valid").asBoolean()).isFalse();
        assertThat(result.path("errors").get(0).path("line").asInt()).isEqualTo(21);
        assertThat(result.path("errors").get(0).path("path").asText()).isEqualTo("TIProviders.VirusTotal.Args.AuthKey");
        assertThat(run.err().lines()).anyMatch(line -> line.startsWith(file + ":21: TIProviders.VirusTotal.Args.AuthKey: "));
        assertThat(run.out() + run.err()).doesNotContain(CANARY_LITERAL).doesNotContain(CANARY_FILE);
    }

    @Test
    void checkExplainsABrokenFileWithExitTwo() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.yaml"),
                "TIProviders:\n  OTX:\n    Primary: maybe\n    Provider: OTX\n");
        CliRun run = CliRun.of("config", "check", "--config", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo(file + ":3: TIProviders.OTX.Primary: expected true or false,"
                + " found text 'maybe': write Primary: true or Primary: false");
        assertThat(run.out().strip()).isEqualTo(file + ": 1 error");
    }

    @Test
    void checkExplainsASyntaxError() throws IOException {
        Path file = Files.writeString(dir.resolve("indent.yaml"),
                "TIProviders:\n  OTX:\n    Args:\n      AuthKey: x\n   Primary: True\n");
        CliRun run = CliRun.of("config", "check", "--config", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith(file + ":5: TIProviders.OTX.Primary: YAML syntax error:");
    }

    @Test
    void showMasksSecretsInYamlAndJson() throws IOException {
        Path file = msticpyConfig();
        CliRun yaml = CliRun.of("config", "show", "--config", file.toString());
        assertThat(yaml.exitCode()).isZero();
        assertThat(yaml.out()).contains("AuthKey: '********'").contains("File: gn.key")
                .contains("WorkspaceId: 0b6c3a7e-2f41-4c55-9a10-3d2e8f7c1b90");
        CliRun jsonRun = CliRun.of("config", "show", "--config", file.toString(), "--json");
        JsonNode shown = json.readTree(jsonRun.out());
        assertThat(shown.at("/TIProviders/OTX/Args/AuthKey").asText()).isEqualTo("********");
        assertThat(shown.at("/TIProviders/GreyNoise/Args/AuthKey/File").asText()).isEqualTo("gn.key");
        assertThat(shown.at("/TIProviders/OTX/Primary").asBoolean()).isTrue();
        for (CliRun run : new CliRun[] {yaml, jsonRun}) {
            assertThat(run.out() + run.err()).doesNotContain(CANARY_LITERAL).doesNotContain(CANARY_FILE);
        }
    }

    @Test
    void showOfABrokenFileIsOneLineAndExitTwo() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.yaml"), "Azure:\n  cloud: mars\n");
        CliRun run = CliRun.of("config", "show", "--config", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("huntbook: " + file
                + ":2: Azure.cloud: unknown cloud 'mars': use one of global, usgov, cn, de").hasLineCount(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void missingConfigFileIsBadInput() {
        CliRun run = CliRun.of("config", "check", "--config", dir.resolve("nope.yaml").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--config names " + dir.resolve("nope.yaml") + ", which does not exist");
    }

    @Test
    void helpListsBothCommands() {
        CliRun run = CliRun.of("config", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("check").contains("show");
        assertThat(CliRun.of("config", "check", "--help").out()).contains("--resolve");
    }

    @Test
    void configAloneAsksForASubcommand() {
        CliRun run = CliRun.of("config");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("check or show");
    }
}
