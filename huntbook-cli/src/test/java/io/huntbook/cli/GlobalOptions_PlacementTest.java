package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class GlobalOptions_PlacementTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void formatIsHonouredBeforeOrAfterTheCommandName() throws Exception {
        for (String[] args : new String[][] {
                {"--format", "json", "version"}, {"version", "--format", "json"},
                {"--json", "version"}, {"version", "--json"}, {"-q", "version", "--debug", "--json"}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isZero();
            JsonNode node = json.readTree(run.out());
            assertThat(node.path("version").asText()).as(String.join(" ", args)).isNotEmpty();
        }
    }

    @Test
    void everyRegisteredCommandAcceptsEveryGlobalOption() {
        CommandLine cli = Main.commandLine();
        for (CommandLine sub : cli.getSubcommands().values()) {
            for (String option : new String[] {"--config", "--format", "--json", "--debug", "-q"}) {
                assertThat(sub.getCommandSpec().findOption(option))
                        .as(sub.getCommandName() + " accepts " + option).isNotNull();
            }
        }
    }

    @Test
    void unknownFormatIsBadInputWithOneLine() {
        CliRun run = CliRun.of("version", "--format", "yaml");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).contains("unknown format 'yaml'").doesNotContain("Exception").hasLineCount(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownCommandIsUsageErrorOnStderr() {
        CliRun run = CliRun.of("no-such-command");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("no-such-command");
    }
}
