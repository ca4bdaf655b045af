package io.huntbook.cli;

import picocli.CommandLine.Command;

/** {@code huntbook ti}: threat-intelligence lookups and the configured providers. */
@Command(name = "ti", description = "Threat-intelligence lookups.",
        subcommands = {TiLookupCommand.class, TiProvidersCommand.class})
final class TiCommand extends Subcommand {
    @Override
    protected int execute() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: lookup or providers");
    }
}
