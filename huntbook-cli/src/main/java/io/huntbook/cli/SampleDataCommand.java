package io.huntbook.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.core.ExitCodes;
import io.huntbook.core.time.RelativeTime;
import io.huntbook.data.sample.SampleData;
import io.huntbook.data.sample.SampleOptions;
import io.huntbook.data.sample.SampleSet;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code huntbook sample-data [DIR]}: generates the sample telemetry (DESIGN.md §6.D) and says what it wrote. */
@Command(name = "sample-data", description = {
    "Generate the sample data: four days of synthetic telemetry for a small organisation with a planted intrusion,"
            + " as Parquet tables, and a local threat-intel list (CSV and STIX 2.1).",
    "The same seed, anchor day and size always give the same rows."})
final class SampleDataCommand extends Subcommand {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "Folder to write (default: sample/ under $HUNTBOOK_HOME, ~/.huntbook).")
    @Nullable Path folder;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed of the background activity (default: ${DEFAULT-VALUE}).")
    long seed = SampleOptions.DEFAULT_SEED;

    @Option(names = "--anchor", paramLabel = "DATE",
            description = "Last day of the data and day of the intrusion: a date or relative time such as -1d (default: today, UTC).")
    @Nullable String anchor;

    @Option(names = "--events", paramLabel = "N", description = "Windows 4688 process events to write (default: ${DEFAULT-VALUE}).")
    int events = SampleOptions.DEFAULT_PROCESS_EVENTS;

    @Override
    protected int execute() {
        LocalDate day = anchor == null ? LocalDate.now(ZoneOffset.UTC)
                : RelativeTime.parse(anchor).resolve(Instant.now()).atOffset(ZoneOffset.UTC).toLocalDate();
        SampleOptions options = new SampleOptions(seed, day, events);
        Path target = folder != null ? folder : SampleData.defaultFolder();
        terminal().progress("generating sample data in " + target + " (seed " + seed + ", anchor " + day + ", "
                + events + " process events)");
        SampleSet sample = SampleData.generate(target, options);
        output().object(json(sample), human(sample));
        return ExitCodes.OK;
    }

    private static ObjectNode json(SampleSet sample) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("folder", sample.folder().toString());
        json.put("seed", sample.options().seed());
        json.put("anchor", sample.options().anchor().toString());
        json.put("processEvents", sample.options().processEvents());
        ObjectNode tables = json.putObject("tables");
        sample.rowCounts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> tables.put(e.getKey(), e.getValue()));
        ObjectNode intel = json.putObject("threatIntel");
        intel.put("csv", sample.threatIntelCsv().toString());
        intel.put("stix", sample.stixBundle().toString());
        return json;
    }

    private static String human(SampleSet sample) {
        StringBuilder text = new StringBuilder("Sample data in " + sample.folder() + " (anchor day "
                + sample.options().anchor() + ")\n");
        sample.rowCounts().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
                text.append(String.format("  %-26s %,10d rows%n", e.getKey(), e.getValue())));
        text.append("Threat intel: ").append(sample.threatIntelCsv()).append(", ").append(sample.stixBundle());
        return text.toString();
    }
}
