package io.huntbook.cli;

import io.huntbook.core.BadInputException;
import io.huntbook.core.HuntbookHome;
import io.huntbook.server.incident.IncidentDatabase;
import io.huntbook.server.incident.LocalIncidentStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code huntbook incidents}: the local incident store in the ledger. */
@Command(name = "incidents", description = "The local incident store: incidents opened from findings.",
        subcommands = {IncidentsListCommand.class, IncidentsShowCommand.class, IncidentsCloseCommand.class})
final class IncidentsCommand extends Subcommand {
    @Override
    protected int execute() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is required: list, show or close");
    }

    /** Where the ledger is: {@code --ledger DIR}, {@code --demo}, or {@code $HUNTBOOK_HOME}. */
    static final class LedgerOptions {
        @Option(names = "--ledger", paramLabel = "DIR",
                description = "The folder of the H2 ledger (ledger.mv.db); default: $HUNTBOOK_HOME (~/.huntbook).")
        @Nullable Path ledger;

        @Option(names = "--demo", description = "The demo's ledger ($HUNTBOOK_HOME/demo), as huntbook demo left it.")
        boolean demo;

        /** The store, refusing to create a ledger where there is none. */
        LocalIncidentStore open() {
            if (ledger != null && demo) {
                throw new BadInputException("give --ledger or --demo, not both");
            }
            Path folder = (ledger != null ? ledger : demo ? HuntbookHome.dir().resolve("demo") : HuntbookHome.dir())
                    .toAbsolutePath().normalize();
            if (!Files.isRegularFile(folder.resolve("ledger.mv.db"))) {
                throw new BadInputException("no ledger in " + folder + " (ledger.mv.db): run huntbook demo or huntbook"
                        + " serve first, or point --ledger at the folder that holds it");
            }
            var dataSource = IncidentDatabase.h2(folder);
            try {
                IncidentDatabase.migrate(dataSource);
            } catch (RuntimeException e) {
                if (String.valueOf(e.getMessage()).contains("already in use")) {
                    // DESIGN.md §6.F: while huntbook serve owns the embedded ledger, read it through its API.
                    throw new BadInputException("the ledger in " + folder + " is in use by a running huntbook serve;"
                            + " ask it instead: GET /api/incidents");
                }
                throw e;
            }
            return LocalIncidentStore.of(dataSource, LocalIncidentStore.DEFAULT_WINDOW, Clock.systemUTC());
        }
    }
}
