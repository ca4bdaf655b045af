package io.huntbook.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root {@code huntbook} command: global options and help; the work is in its subcommands. */
@Command(name = "huntbook",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Security investigation and threat hunting in notebooks, by hand and unattended.",
        synopsisSubcommandLabel = "COMMAND",
        sortOptions = false,
        usageHelpAutoWidth = true)
public final class HuntbookCommand implements Runnable {
    @Mixin
    GlobalOptions global = new GlobalOptions();

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    GlobalOptions global() {
        return global;
    }
}
