package io.huntbook.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.huntbook.core.ExitCodes;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.dflib.DataFrame;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code huntbook runs list|show|cancel}: the server's runs, through its HTTP API. */
@Command(name = "runs", description = "List, show and cancel the runs of huntbook serve.",
        subcommands = {RunsCommand.ListRuns.class, RunsCommand.ShowRun.class, RunsCommand.CancelRun.class})
final class RunsCommand extends Subcommand {
    @Override
    protected int execute() {
        spec.commandLine().usage(terminal().err());
        return ExitCodes.BAD_INPUT;
    }

    static final String[] COLUMNS = {"id", "template", "identifier", "state", "attempts", "trigger", "createdAt",
            "finishedAt", "output", "reason"};

    @Command(name = "list", description = "List runs, newest first.")
    static final class ListRuns extends Subcommand {
        @Option(names = "--status", paramLabel = "STATE", description = "queued, running, succeeded, failed,"
                + " timed_out or cancelled.")
        @Nullable String status;

        @Option(names = "--template", paramLabel = "NAME", description = "Only runs of this template.")
        @Nullable String template;

        @Option(names = "--since", paramLabel = "TIME", description = "Only runs created since TIME (an ISO time or"
                + " the relative-time grammar: -1d, now-2h).")
        @Nullable String since;

        @Option(names = "--limit", paramLabel = "N", description = "At most N runs (default 1000).")
        int limit = 1000;

        @Mixin
        ServerClient client = new ServerClient();

        @Override
        protected int execute() {
            List<String> query = new ArrayList<>();
            add(query, "status", status);
            add(query, "template", template);
            add(query, "since", since);
            add(query, "limit", String.valueOf(limit));
            JsonNode runs = client.get("/api/runs?" + String.join("&", query));
            List<Object> cells = new ArrayList<>();
            for (JsonNode run : runs) {
                for (String column : COLUMNS) {
                    JsonNode value = run.path(column);
                    cells.add(value.isNull() || value.isMissingNode() ? null
                            : value.isInt() ? value.asInt() : value.asText());
                }
            }
            output().table(DataFrame.foldByRow(COLUMNS).of(cells.toArray()));
            return ExitCodes.OK;
        }

        private static void add(List<String> query, String name, @Nullable String value) {
            if (value != null) {
                query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }

    @Command(name = "show", description = "Show one run.")
    static final class ShowRun extends Subcommand {
        @Parameters(index = "0", paramLabel = "RUN_ID")
        String id;

        @Mixin
        ServerClient client = new ServerClient();

        @Override
        protected int execute() {
            JsonNode run = client.get("/api/runs/" + URLEncoder.encode(id, StandardCharsets.UTF_8));
            output().object(run, run.toPrettyString());
            return ExitCodes.OK;
        }
    }

    @Command(name = "cancel", description = "Cancel a queued run, or stop a running one between cells.")
    static final class CancelRun extends Subcommand {
        @Parameters(index = "0", paramLabel = "RUN_ID")
        String id;

        @Mixin
        ServerClient client = new ServerClient();

        @Override
        protected int execute() {
            JsonNode run = client.post("/api/runs/" + URLEncoder.encode(id, StandardCharsets.UTF_8) + "/cancel", null);
            output().object(run, id + " " + run.path("state").asText() + " (" + run.path("cancel").asText() + ")");
            return ExitCodes.OK;
        }
    }
}
