package io.huntbook.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.core.BadInputException;
import io.huntbook.core.ExitCodes;
import io.huntbook.data.local.LocalData;
import io.huntbook.data.sample.SampleData;
import io.huntbook.data.sample.SampleOptions;
import io.huntbook.data.sample.SampleSet;
import io.huntbook.data.sample.Story;
import io.huntbook.server.output.RunRecord;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dflib.DataFrame;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code huntbook demo}: the README's first command. Generates the sample data when it is missing, runs the
 * {@code ip-context} template for a malicious and a benign address of the sample story and {@code alert-triage} for
 * the latest alerts, each through the Java engine and the runner, and turns findings into reports and local
 * incidents ({@link DemoPipeline}). Nothing needs a cloud account.
 */
@Command(name = "demo", description = {
    "Run the shipped templates over the sample data: ip-context for a malicious and a benign IP, alert-triage for the"
            + " latest sample alerts. Writes dated output notebooks, an HTML report per finding and a local"
            + " incident store, then says what ran, what was found and where it is."})
final class DemoCommand extends Subcommand {
    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: demo/ under $HUNTBOOK_HOME, ~/.huntbook).")
    @Nullable Path out;

    @Option(names = "--alerts", paramLabel = "N", description = "Alerts to triage, latest first (default: ${DEFAULT-VALUE}).")
    int alerts = 3;

    @Option(names = "--events", paramLabel = "N",
            description = "Windows process events when the sample data must be generated (default: ${DEFAULT-VALUE}).")
    int events = SampleOptions.DEFAULT_PROCESS_EVENTS;

    @Option(names = "--configured-sinks", description = "Also raise incidents in the sinks of Huntbook.IncidentSinks"
            + " in the configuration (Sentinel, webhooks), not only in the demo's local store.")
    boolean configuredSinks;

    @Override
    protected int execute() {
        if (alerts < 0) {
            throw new BadInputException("--alerts must be 0 or more, not " + alerts);
        }
        Path outputDir = (out != null ? out : SampleData.home().resolve("demo")).toAbsolutePath().normalize();
        SampleSet sample = sample();
        var config = configuredSinks ? CliConfig.load(global()) : null;
        DemoPipeline pipeline = new DemoPipeline(outputDir, sample.folder(), terminal(), ledger -> config == null
                ? List.of() : ConfiguredSinks.of(config, ledger, java.time.Clock.systemUTC()));
        List<DemoPipeline.Job> jobs = new ArrayList<>();
        jobs.add(new DemoPipeline.Job("ip-context", "ipAddress", Story.ATTACKER_IP));
        String benign = benignAddress(sample);
        if (benign != null) {
            jobs.add(new DemoPipeline.Job("ip-context", "ipAddress", benign));
        }
        for (String alertId : latestAlerts(sample, alerts)) {
            jobs.add(new DemoPipeline.Job("alert-triage", "alertId", alertId));
        }
        List<RunRecord> outcomes = new ArrayList<>();
        for (DemoPipeline.Job job : jobs) {
            outcomes.add(pipeline.run(job));
        }
        output().object(json(outcomes, outputDir), human(outcomes, outputDir, pipeline));
        return outcomes.stream().allMatch(o -> o.exitCode() == ExitCodes.OK) ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /** Today's sample when there is one (whatever its size), otherwise a new one. */
    private SampleSet sample() {
        Path folder = SampleData.defaultFolder();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        var existing = SampleData.open(folder).filter(s -> s.options().anchor().equals(today));
        if (existing.isPresent()) {
            return existing.get();
        }
        terminal().progress("generating the sample data in " + folder);
        try {
            return SampleData.ensure(folder, SampleOptions.defaults().withAnchor(today).withProcessEvents(events));
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--events: " + e.getMessage());
        }
    }

    /** The busiest sign-in address that no threat list names: the story's counterpart. */
    private static @Nullable String benignAddress(SampleSet sample) {
        try (LocalData data = sample.localData()) {
            DataFrame rows = data.query("SELECT IPAddress, count(*) AS n FROM SigninLogs WHERE IPAddress NOT IN ({a},"
                    + " {b}, {c}) GROUP BY IPAddress ORDER BY n DESC, IPAddress LIMIT 1",
                    Map.of("a", Story.ATTACKER_IP, "b", Story.SPRAY_IP, "c", Story.EXFIL_IP));
            return rows.height() == 0 ? null : String.valueOf(rows.getColumn("IPAddress").get(0));
        }
    }

    private static List<String> latestAlerts(SampleSet sample, int count) {
        if (count == 0) {
            return List.of();
        }
        try (LocalData data = sample.localData()) {
            DataFrame rows = data.query("SELECT SystemAlertId FROM SecurityAlert ORDER BY TimeGenerated DESC,"
                    + " SystemAlertId LIMIT " + count);
            List<String> ids = new ArrayList<>();
            for (Object id : rows.getColumn("SystemAlertId")) {
                ids.add(String.valueOf(id));
            }
            return ids;
        }
    }

    private static ObjectNode json(List<RunRecord> outcomes, Path outputDir) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        ArrayNode runs = json.putArray("runs");
        outcomes.forEach(o -> runs.add(o.toJson()));
        json.put("findings", outcomes.stream().filter(o -> o.finding() != null).count());
        json.put("incidents", incidents(outcomes));
        json.put("outputDir", outputDir.toString());
        return json;
    }

    /** Distinct local incidents the runs opened or commented on. */
    private static long incidents(List<RunRecord> outcomes) {
        return outcomes.stream().map(RunRecord::localIncident).flatMap(java.util.Optional::stream).distinct().count();
    }

    private static String human(List<RunRecord> outcomes, Path outputDir, DemoPipeline pipeline) {
        StringBuilder text = new StringBuilder("Ran " + outcomes.size() + " notebooks over the sample data:\n");
        for (RunRecord o : outcomes) {
            text.append(String.format("  %-13s %-38s %-9s %s%n", o.template(), o.identifier(), o.status(),
                    o.finding() == null ? (o.exitCode() == 0 ? "nothing found" : o.message())
                            : "FINDING" + (o.finding().severity() == null ? "" : " (" + o.finding().severity() + ")")
                            + ": " + o.finding().title()));
        }
        text.append("Findings: ").append(outcomes.stream().filter(o -> o.finding() != null).count())
                .append(", local incidents: ").append(incidents(outcomes))
                .append(" (huntbook incidents list --ledger ").append(pipeline.ledgerFolder()).append(")\n");
        for (RunRecord o : outcomes) {
            if (o.report() != null) {
                text.append("  report: ").append(Path.of(o.report())).append('\n');
            }
        }
        text.append("Output notebooks under ").append(outputDir)
                .append(" (a copy of each notebook with a finding under findings/)");
        return text.toString();
    }
}
