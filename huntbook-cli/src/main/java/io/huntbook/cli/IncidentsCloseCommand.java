package io.huntbook.cli;

import io.huntbook.core.BadInputException;
import io.huntbook.core.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code huntbook incidents close ID}: a closed incident takes no more comments; the next finding opens another. */
@Command(name = "close", description = "Close an incident: the next finding for its template and identifier opens a"
        + " new one.")
final class IncidentsCloseCommand extends Subcommand {
    @Mixin
    IncidentsCommand.LedgerOptions ledger = new IncidentsCommand.LedgerOptions();

    @Parameters(paramLabel = "ID", description = "The incident's id (from incidents list).")
    String id;

    @Override
    protected int execute() {
        if (!ledger.open().setStatus(id, "Closed")) {
            throw new BadInputException("no incident " + id + "; huntbook incidents list shows the ids");
        }
        terminal().progress("closed " + id);
        return ExitCodes.OK;
    }
}
