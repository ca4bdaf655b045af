package io.huntbook.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.core.ExitCodes;
import io.huntbook.core.config.ConfigProblem;
import io.huntbook.core.config.ConfigReport;
import io.huntbook.core.config.ConfigSource;
import io.huntbook.core.config.HuntbookConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code huntbook config check}: validates the configuration's structure and types. Each problem goes to stderr as
 * {@code file:line: key.path: what is wrong: how to fix}; stdout gets the verdict (an object with {@code --format
 * json}). Secret references that cannot be resolved are warnings (exit 0) unless {@code --resolve}; any error exits 2.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate the configuration: structure, types, secret references.")
final class ConfigCheckCommand extends Subcommand {
    @Option(names = "--resolve", description = "Resolve every secret reference (Key Vault included); failures are errors.")
    boolean resolve;

    @Override
    protected int execute() {
        Optional<ConfigSource> source = CliConfig.source(global());
        if (source.isEmpty()) {
            List<String> searched = ConfigSource.searched(System.getenv(), Path.of("").toAbsolutePath());
            terminal().warn("no configuration file found (searched --config, HUNTBOOK_CONFIG, "
                    + String.join(", ", searched) + ", MSTICPYCONFIG): defaults apply");
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            json.putNull("file");
            json.put("valid", true);
            json.putArray("errors");
            json.putArray("warnings");
            output().object(json, "no configuration file: defaults apply");
            return ExitCodes.OK;
        }
        Path file = source.get().file();
        ConfigReport report = HuntbookConfig.check(file, resolve, System.getenv());
        for (ConfigProblem problem : report.problems()) {
            if (problem.isError()) {
                terminal().err().println(problem);
            } else {
                terminal().warn(problem.toString());
            }
        }
        int errors = report.errors().size();
        int warnings = report.warnings().size();
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("file", file.toString());
        json.put("foundThrough", source.get().foundThrough());
        json.put("valid", errors == 0);
        problems(json.putArray("errors"), report.errors());
        problems(json.putArray("warnings"), report.warnings());
        String verdict = file + ": " + (errors == 0 ? "valid" : errors + (errors == 1 ? " error" : " errors"))
                + (warnings == 0 ? "" : ", " + warnings + (warnings == 1 ? " warning" : " warnings"));
        output().object(json, verdict);
        return errors == 0 ? ExitCodes.OK : ExitCodes.BAD_INPUT;
    }

    private static void problems(ArrayNode array, List<ConfigProblem> problems) {
        for (ConfigProblem problem : problems) {
            ObjectNode row = array.addObject();
            row.put("file", problem.source());
            row.put("line", problem.line());
            row.put("path", problem.path().toString());
            row.put("problem", problem.what());
            row.put("fix", problem.fix());
        }
    }
}
