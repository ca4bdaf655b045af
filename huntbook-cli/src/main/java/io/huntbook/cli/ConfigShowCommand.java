package io.huntbook.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.huntbook.core.ExitCodes;
import io.huntbook.core.config.HuntbookConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine.Command;

/**
 * {@code huntbook config show}: the effective configuration with every secret masked. References are shown as
 * written ({@code {EnvironmentVar: NAME}} says where a secret is, not what it is); values under secret-looking keys
 * print as {@code ********}. YAML for people, the object with {@code --format json}.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Print the effective configuration, secrets masked.")
final class ConfigShowCommand extends Subcommand {
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build());

    @Override
    protected int execute() {
        HuntbookConfig config = CliConfig.load(global());
        terminal().progress(config.file().map(f -> "configuration from " + f)
                .orElse("no configuration file found: defaults apply"));
        config.warnings().forEach(w -> terminal().warn(w.toString()));
        JsonNode json = config.toMaskedJson();
        output().object(json, json.isEmpty() ? "{}\n" : yaml(json));
        return ExitCodes.OK;
    }

    private static String yaml(JsonNode json) {
        try {
            return YAML.writeValueAsString(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
