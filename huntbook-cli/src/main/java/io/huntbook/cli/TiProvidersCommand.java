package io.huntbook.cli;

import io.huntbook.core.ExitCodes;
import io.huntbook.enrich.ti.TiProvider;
import io.huntbook.enrich.ti.TiProviders;
import java.util.TreeSet;
import org.dflib.DataFrame;
import picocli.CommandLine.Command;

/** {@code huntbook ti providers}: the configured providers, whether they are usable, and what they look up. */
@Command(name = "providers", description = "List the configured threat-intel providers.")
final class TiProvidersCommand extends Subcommand {
    @Override
    protected int execute() {
        var appender = DataFrame.byArrayRow("Provider", "Kind", "Primary", "Available", "Note").appender();
        var configured = TiProviders.describe(CliConfig.load(global()));
        for (var c : configured) {
            appender.append(c.settings().name(), c.settings().provider(), c.settings().primary(), c.available(), c.note());
        }
        if (configured.isEmpty()) {
            try {
                for (TiProvider p : TiSetup.engine(global(), java.util.List.of(), terminal()).providers()) {
                    appender.append(p.name(), "LocalList", true, true,
                            "the sample data's threat list (no TIProviders configured); types " + new TreeSet<>(p.supportedTypes()));
                }
            } catch (io.huntbook.core.BadInputException e) {
                terminal().warn(e.getMessage());
            }
        }
        output().table(appender.toDataFrame());
        return ExitCodes.OK;
    }
}
