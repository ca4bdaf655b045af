package io.huntbook.cli;

import io.huntbook.core.BadInputException;
import io.huntbook.core.ExitCodes;
import io.huntbook.server.incident.Incident;
import java.util.List;
import org.dflib.DataFrame;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code huntbook incidents list}: incidents, newest first, one row each. */
@Command(name = "list", description = "List incidents, newest first: id, created, severity, status, occurrences,"
        + " template, identifier, title, report.")
final class IncidentsListCommand extends Subcommand {
    @Mixin
    IncidentsCommand.LedgerOptions ledger = new IncidentsCommand.LedgerOptions();

    @Option(names = "--status", paramLabel = "STATUS",
            description = "Only open incidents (open) or one status: New, Active, Closed.")
    @Nullable String status;

    @Option(names = "--limit", paramLabel = "N", description = "At most N incidents (default: ${DEFAULT-VALUE}).")
    int limit = 100;

    @Override
    protected int execute() {
        if (limit < 1) {
            throw new BadInputException("--limit must be 1 or more, not " + limit);
        }
        List<Incident> incidents;
        try {
            incidents = ledger.open().list(status, limit);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--status: " + e.getMessage());
        }
        var rows = DataFrame.byArrayRow("id", "created", "severity", "status", "occurrences", "template",
                "identifier", "title", "report").appender();
        for (Incident i : incidents) {
            rows.append(i.id(), i.created(), i.severity(), i.status(), i.occurrences(), i.template(),
                    i.identifier(), i.title(), i.report());
        }
        output().table(rows.toDataFrame());
        return ExitCodes.OK;
    }
}
