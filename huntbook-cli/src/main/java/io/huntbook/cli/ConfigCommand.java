package io.huntbook.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code huntbook config}: check and show the configuration. */
@Command(name = "config", mixinStandardHelpOptions = true,
        description = "Check or show the configuration (huntbook.yaml or msticpyconfig.yaml).",
        subcommands = {ConfigCheckCommand.class, ConfigShowCommand.class}, synopsisSubcommandLabel = "(check | show)")
final class ConfigCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "config needs a command: check or show");
    }
}
