package io.huntbook.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.analysis.proctree.AuditdLog;
import io.huntbook.analysis.proctree.ProcSchema;
import io.huntbook.analysis.proctree.ProcessTree;
import io.huntbook.core.BadInputException;
import io.huntbook.core.ExitCodes;
import io.huntbook.core.table.InputFormat;
import io.huntbook.core.table.ReadOptions;
import io.huntbook.core.table.TableFormat;
import io.huntbook.core.table.TableWriter;
import io.huntbook.core.table.Tables;
import io.huntbook.viz.Chart;
import io.huntbook.viz.Charts;
import io.huntbook.viz.ProcessTreeChart;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.dflib.DataFrame;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code huntbook proctree FILE}: process trees from process-creation events. JSON gives
 * {@code {"schema", "summary", "processes"}}; csv the processes; table the summary and the trees as text.
 */
@Command(name = "proctree", description = "Build process trees from process-creation events (Windows 4688, Sysmon 1, "
        + "Defender, auditd, osquery, OTRF archives, or a column map).")
final class ProctreeCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "Events: .csv, .tsv, .json, .jsonl, .zip (OTRF), "
            + "or a raw auditd log.")
    Path file;

    @Option(names = "--schema", paramLabel = "NAME", description = "windows-4688, windows-4688-otrf, sysmon-1, "
            + "sysmon-1-otrf, mde, mde-internal, linux-auditd or osquery (default: inferred from the columns).")
    @Nullable String schemaName;

    @Option(names = "--map", paramLabel = "KEY=COLUMN,...", description = "Column map with MSTICPy's keys, e.g. "
            + "process_id=PID,parent_id=PPID,process_name=ImageFileName,time_stamp=CreateTime.")
    @Nullable String map;

    @Option(names = "--input-format", paramLabel = "FORMAT", description = "csv, tsv, json, jsonl, zip or auditd "
            + "(default: from the extension).")
    @Nullable String inputFormat;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Draw the trees instead: .html "
            + "(interactive, collapsible), .png, .svg or .json (the chart description).")
    @Nullable Path output;

    @Option(names = "--color-by", paramLabel = "COLUMN", description = "With -o: colour processes by this column "
            + "(default: the account).")
    @Nullable String colorBy;

    @Option(names = "--pid-format", paramLabel = "hex|dec", description = "With -o: process ids in hex or decimal "
            + "(default dec).")
    @Nullable String pidFormat;

    @Option(names = "--title", paramLabel = "TEXT", description = "With -o: the chart's title.")
    @Nullable String title;

    @Override
    protected int execute() {
        if (schemaName != null && map != null) {
            throw new BadInputException("give either --schema or --map, not both");
        }
        if (output == null && (colorBy != null || pidFormat != null || title != null)) {
            throw new BadInputException("--color-by, --pid-format and --title draw a chart: add -o tree.html (or .png, "
                    + ".svg)");
        }
        if (output != null) {
            ChartCommand.checkOutput(output);
        }
        DataFrame events = read();
        ProcSchema schema;
        if (map != null) {
            schema = ProcSchema.fromMap(parseMap(map));
        } else if (schemaName != null) {
            schema = ProcSchema.named(schemaName);
        } else {
            schema = ProcessTree.inferSchema(events);
            terminal().progress("huntbook: schema " + schema.name() + " (inferred from the columns)");
        }
        ProcessTree tree = ProcessTree.build(events, schema);
        for (String warning : tree.warnings()) {
            terminal().warn(warning);
        }
        if (output != null) {
            ProcessTreeChart chart = Charts.processTree(tree);
            if (colorBy != null) {
                chart.colorBy(colorBy);
            }
            if (pidFormat != null) {
                chart.pidFormat(pidFormat);
            }
            if (title != null) {
                chart.title(title);
            }
            Chart drawn = chart.build();
            drawn.write(output);
            terminal().progress("huntbook: wrote " + output + " (" + drawn.plainText() + ")");
            return ExitCodes.OK;
        }
        TableFormat format = global().format();
        if (format == TableFormat.CSV) {
            output().table(tree.frame());
            return ExitCodes.OK;
        }
        output().object(json(tree), text(tree));
        return ExitCodes.OK;
    }

    private DataFrame read() {
        String format = inputFormat == null ? null : inputFormat.toLowerCase(Locale.ROOT);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean auditd = "auditd".equals(format)
                || (format == null && (name.endsWith(".log") || name.endsWith(".txt")) && AuditdLog.looksLike(file));
        if (auditd) {
            if (!Files.isRegularFile(file)) {
                throw new BadInputException("no such file: " + file);
            }
            return AuditdLog.read(file);
        }
        ReadOptions options = ReadOptions.defaults();
        if (format != null) {
            options = options.withFormat(InputFormat.parse(format));
        }
        return Tables.read(file, options);
    }

    /** {@code key=column,key=column}; a column may itself hold no comma. */
    static Map<String, String> parseMap(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : text.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new BadInputException("--map wants key=column pairs separated by commas, not '" + pair.trim()
                        + "'");
            }
            map.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
        }
        return map;
    }

    private static ObjectNode json(ProcessTree tree) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        ObjectNode schema = root.putObject("schema");
        schema.put("name", tree.schema().name());
        tree.schema().toMap().forEach(schema::put);
        ObjectNode summary = root.putObject("summary");
        tree.summary().toMap().forEach(summary::put);
        ArrayNode processes = root.putArray("processes");
        DataFrame frame = tree.frame();
        for (int r = 0; r < frame.height(); r++) {
            processes.add(TableWriter.row(frame, r));
        }
        return root;
    }

    private static String text(ProcessTree tree) {
        StringBuilder out = new StringBuilder();
        out.append("Schema: ").append(tree.schema().name()).append('\n');
        tree.summary().toMap().forEach((key, value) -> out.append(key).append(": ").append(value).append('\n'));
        out.append('\n').append(tree.toText());
        return out.toString();
    }
}
