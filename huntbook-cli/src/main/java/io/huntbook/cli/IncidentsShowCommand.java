package io.huntbook.cli;

import io.huntbook.core.BadInputException;
import io.huntbook.core.ExitCodes;
import io.huntbook.server.incident.Incident;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code huntbook incidents show ID}: one incident with its comments. */
@Command(name = "show", description = "Show one incident with the later findings that commented on it.")
final class IncidentsShowCommand extends Subcommand {
    @Mixin
    IncidentsCommand.LedgerOptions ledger = new IncidentsCommand.LedgerOptions();

    @Parameters(paramLabel = "ID", description = "The incident's id (from incidents list).")
    String id;

    @Override
    protected int execute() {
        Incident incident = ledger.open().get(id).orElseThrow(() -> new BadInputException("no incident " + id
                + "; huntbook incidents list shows the ids"));
        StringBuilder text = new StringBuilder();
        text.append(incident.title()).append('\n')
                .append("  id:          ").append(incident.id()).append('\n')
                .append("  status:      ").append(incident.status()).append(", severity ")
                .append(incident.severity() == null ? "-" : incident.severity()).append(", ")
                .append(incident.occurrences()).append(" finding(s)\n")
                .append("  template:    ").append(incident.template()).append(" for ").append(incident.identifier())
                .append('\n')
                .append("  created:     ").append(incident.created()).append('\n');
        if (incident.description() != null) {
            text.append("  description: ").append(incident.description()).append('\n');
        }
        if (incident.report() != null) {
            text.append("  report:      ").append(incident.report()).append('\n');
        }
        text.append("  notebook:    ").append(incident.findingCopy() != null ? incident.findingCopy()
                : incident.output());
        for (Incident.Comment c : incident.comments()) {
            text.append("\n  ").append(c.created()).append("  ").append(c.message());
        }
        output().object(incident.toJson(), text.toString());
        return ExitCodes.OK;
    }
}
