package io.huntbook.cli;

import io.huntbook.core.BadInputException;
import io.huntbook.core.ExitCodes;
import io.huntbook.core.table.InputFormat;
import io.huntbook.core.table.ReadOptions;
import io.huntbook.core.table.Tables;
import io.huntbook.viz.Chart;
import io.huntbook.viz.ChartBuilder;
import io.huntbook.viz.ChartType;
import io.huntbook.viz.Charts;
import io.huntbook.viz.MapChart;
import io.huntbook.viz.TimelineChart;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dflib.DataFrame;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code huntbook chart TYPE FILE -o OUT}: one chart of a table, written as an interactive page ({@code .html}), a
 * static image ({@code .png}, {@code .svg}) or its description ({@code .json}). Options that do not apply to the
 * chart type are refused rather than ignored.
 */
@Command(name = "chart", description = "Draw a chart of a table: timeline, values, duration, anomalies, matrix, graph "
        + "or map, as .html (interactive, offline), .png, .svg or .json (the description).")
final class ChartCommand extends Subcommand {
    private static final Set<ChartType> TIMED = EnumSet.of(ChartType.TIMELINE, ChartType.VALUES, ChartType.DURATION,
            ChartType.ANOMALIES);

    @Parameters(index = "0", paramLabel = "TYPE", description = "timeline, values, duration, anomalies, matrix, graph "
            + "or map.")
    String type;

    @Parameters(index = "1", paramLabel = "FILE", description = "The table: .csv, .tsv, .json, .jsonl, .parquet, .zip.")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "Output: .html, .png, .svg "
            + "or .json.")
    Path output;

    @Option(names = "--input-format", paramLabel = "FORMAT", description = "csv, tsv, json, jsonl, parquet or zip "
            + "(default: from the extension).")
    @Nullable String inputFormat;

    @Option(names = "--title", paramLabel = "TEXT", description = "The chart's title.")
    @Nullable String title;

    @Option(names = "--width", paramLabel = "PX", description = "Width in pixels (default 960).")
    @Nullable Integer width;

    @Option(names = "--height", paramLabel = "PX", description = "Height in pixels (default: from the data).")
    @Nullable Integer height;

    @Option(names = "--max-points", paramLabel = "N", description = "Marks drawn one by one up to N; above, the chart "
            + "aggregates and says so (default 10000).")
    @Nullable Integer maxPoints;

    @Option(names = "--time-column", paramLabel = "COLUMN", description = "timeline, values, duration, anomalies: the "
            + "time column (default TimeGenerated or the first column of times).")
    @Nullable String timeColumn;

    @Option(names = "--group-by", paramLabel = "COLUMN", description = "timeline, values, duration: one row, series "
            + "or bar per value.")
    @Nullable String groupBy;

    @Option(names = "--tooltip", paramLabel = "COLUMN,...", split = ",", description = "timeline, values, map: "
            + "columns shown in tooltips; graph: edge attributes.")
    @Nullable List<String> tooltip;

    @Option(names = "--ref-time", paramLabel = "TIME[=LABEL]", description = "timeline, duration: a reference line "
            + "(repeatable).")
    @Nullable List<String> refTimes;

    @Option(names = "--value-column", paramLabel = "COLUMN", description = "values, anomalies: the number drawn "
            + "(anomalies default Total); matrix: the column summed or counted.")
    @Nullable String valueColumn;

    @Option(names = "--kind", paramLabel = "KIND,...", description = "values: bar, line, marker (comma-separated).")
    @Nullable String kind;

    @Option(names = "--end-column", paramLabel = "COLUMN", description = "duration: each row runs to this time.")
    @Nullable String endColumn;

    @Option(names = "--baseline-column", paramLabel = "COLUMN", description = "anomalies: the baseline (default "
            + "baseline).")
    @Nullable String baselineColumn;

    @Option(names = "--anomalies-column", paramLabel = "COLUMN", description = "anomalies: non-zero marks an anomaly "
            + "(default anomalies).")
    @Nullable String anomaliesColumn;

    @Option(names = "--x", paramLabel = "COLUMN", description = "matrix: the x column.")
    @Nullable String x;

    @Option(names = "--y", paramLabel = "COLUMN", description = "matrix: the y column.")
    @Nullable String y;

    @Option(names = "--agg", paramLabel = "AGG", description = "matrix: count, sum or distinct (default count).")
    @Nullable String agg;

    @Option(names = "--log", description = "matrix: sizes on a log scale.")
    boolean log;

    @Option(names = "--invert", description = "matrix: large circles for rare pairs.")
    boolean invert;

    @Option(names = "--source", paramLabel = "COLUMN", description = "graph: the column edges start from.")
    @Nullable String source;

    @Option(names = "--target", paramLabel = "COLUMN", description = "graph: the column edges go to.")
    @Nullable String target;

    @Option(names = "--lat", paramLabel = "COLUMN", description = "map: latitude (default Latitude).")
    @Nullable String lat;

    @Option(names = "--lon", paramLabel = "COLUMN", description = "map: longitude (default Longitude).")
    @Nullable String lon;

    @Option(names = "--layer-by", paramLabel = "COLUMN", description = "map: one layer per value.")
    @Nullable String layerBy;

    @Option(names = "--cluster", paramLabel = "DEGREES", description = "map: cluster points in cells of this size.")
    @Nullable Double cluster;

    @Override
    protected int execute() {
        ChartType chartType = ChartType.parse(type);
        if (chartType == ChartType.PROCTREE) {
            throw new BadInputException("draw process trees with: huntbook proctree FILE -o tree.html");
        }
        checkOutput(output);
        checkApplicable(chartType);
        ReadOptions options = ReadOptions.defaults();
        if (inputFormat != null) {
            options = options.withFormat(InputFormat.parse(inputFormat.toLowerCase(Locale.ROOT)));
        }
        DataFrame frame = Tables.read(file, options);
        Chart chart = builder(chartType, frame).build();
        chart.write(output);
        terminal().progress("huntbook: wrote " + output + " (" + chart.plainText() + ")");
        return ExitCodes.OK;
    }

    /** Fails before reading the input when the output cannot be written in any chart format. */
    static void checkOutput(Path output) {
        String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".png") || name.endsWith(".svg")
                || name.endsWith(".json"))) {
            throw new BadInputException("cannot write a chart to " + output.getFileName()
                    + ": name the output .html, .png, .svg or .json");
        }
    }

    private void checkApplicable(ChartType chartType) {
        Map<String, Object> given = new LinkedHashMap<>();
        given.put("--time-column", timeColumn);
        given.put("--group-by", groupBy);
        given.put("--tooltip", tooltip);
        given.put("--ref-time", refTimes);
        given.put("--value-column", valueColumn);
        given.put("--kind", kind);
        given.put("--end-column", endColumn);
        given.put("--baseline-column", baselineColumn);
        given.put("--anomalies-column", anomaliesColumn);
        given.put("--x", x);
        given.put("--y", y);
        given.put("--agg", agg);
        given.put("--log", log ? Boolean.TRUE : null);
        given.put("--invert", invert ? Boolean.TRUE : null);
        given.put("--source", source);
        given.put("--target", target);
        given.put("--lat", lat);
        given.put("--lon", lon);
        given.put("--layer-by", layerBy);
        given.put("--cluster", cluster);
        Map<String, Set<ChartType>> applies = Map.ofEntries(
                Map.entry("--time-column", TIMED),
                Map.entry("--group-by", EnumSet.of(ChartType.TIMELINE, ChartType.VALUES, ChartType.DURATION)),
                Map.entry("--tooltip", EnumSet.of(ChartType.TIMELINE, ChartType.VALUES, ChartType.MAP, ChartType.GRAPH)),
                Map.entry("--ref-time", EnumSet.of(ChartType.TIMELINE, ChartType.DURATION)),
                Map.entry("--value-column", EnumSet.of(ChartType.VALUES, ChartType.ANOMALIES, ChartType.MATRIX)),
                Map.entry("--kind", EnumSet.of(ChartType.VALUES)),
                Map.entry("--end-column", EnumSet.of(ChartType.DURATION)),
                Map.entry("--baseline-column", EnumSet.of(ChartType.ANOMALIES)),
                Map.entry("--anomalies-column", EnumSet.of(ChartType.ANOMALIES)),
                Map.entry("--x", EnumSet.of(ChartType.MATRIX)),
                Map.entry("--y", EnumSet.of(ChartType.MATRIX)),
                Map.entry("--agg", EnumSet.of(ChartType.MATRIX)),
                Map.entry("--log", EnumSet.of(ChartType.MATRIX)),
                Map.entry("--invert", EnumSet.of(ChartType.MATRIX)),
                Map.entry("--source", EnumSet.of(ChartType.GRAPH)),
                Map.entry("--target", EnumSet.of(ChartType.GRAPH)),
                Map.entry("--lat", EnumSet.of(ChartType.MAP)),
                Map.entry("--lon", EnumSet.of(ChartType.MAP)),
                Map.entry("--layer-by", EnumSet.of(ChartType.MAP)),
                Map.entry("--cluster", EnumSet.of(ChartType.MAP)));
        given.forEach((option, value) -> {
            if (value != null && !applies.get(option).contains(chartType)) {
                List<String> names = new ArrayList<>();
                applies.get(option).forEach(t -> names.add(t.id()));
                throw new BadInputException(option + " does not apply to a " + chartType.id() + " chart (only to "
                        + String.join(", ", names) + ")");
            }
        });
    }

    private ChartBuilder<?> builder(ChartType chartType, DataFrame frame) {
        ChartBuilder<?> builder = switch (chartType) {
            case TIMELINE -> timeline(frame);
            case VALUES -> {
                var values = Charts.values(frame);
                if (timeColumn != null) values.timeColumn(timeColumn);
                if (valueColumn != null) values.valueColumn(valueColumn);
                if (groupBy != null) values.groupBy(groupBy);
                if (tooltip != null) values.tooltip(tooltip.toArray(String[]::new));
                if (kind != null) values.kind(kind);
                yield values;
            }
            case DURATION -> {
                var duration = Charts.duration(frame);
                if (timeColumn != null) duration.timeColumn(timeColumn);
                if (groupBy != null) duration.groupBy(groupBy);
                if (endColumn != null) duration.endColumn(endColumn);
                for (String ref : refTimes == null ? List.<String>of() : refTimes) {
                    duration.referenceLine(refTime(ref), refLabel(ref));
                }
                yield duration;
            }
            case ANOMALIES -> {
                var anomalies = Charts.anomalies(frame);
                if (timeColumn != null) anomalies.timeColumn(timeColumn);
                if (valueColumn != null) anomalies.valueColumn(valueColumn);
                if (baselineColumn != null) anomalies.baselineColumn(baselineColumn);
                if (anomaliesColumn != null) anomalies.anomaliesColumn(anomaliesColumn);
                yield anomalies;
            }
            case MATRIX -> {
                var matrix = Charts.matrix(frame).log(log).invert(invert);
                if (x != null) matrix.x(x);
                if (y != null) matrix.y(y);
                if (valueColumn != null) matrix.valueColumn(valueColumn);
                if (agg != null) matrix.aggregate(agg);
                yield matrix;
            }
            case GRAPH -> {
                var graph = Charts.graph(frame);
                if (source != null) graph.source(source);
                if (target != null) graph.target(target);
                if (tooltip != null) graph.edgeAttributes(tooltip.toArray(String[]::new));
                yield graph;
            }
            case MAP -> map(frame);
            case PROCTREE -> throw new IllegalStateException("process trees are drawn by the proctree command");
        };
        if (title != null) builder.title(title);
        if (width != null || height != null) builder.size(width == null ? 960 : width, height == null ? 0 : height);
        if (maxPoints != null) builder.maxPoints(maxPoints);
        return builder;
    }

    private TimelineChart timeline(DataFrame frame) {
        TimelineChart timeline = Charts.timeline(frame);
        if (timeColumn != null) timeline.timeColumn(timeColumn);
        if (groupBy != null) timeline.groupBy(groupBy);
        if (tooltip != null) timeline.tooltip(tooltip.toArray(String[]::new));
        for (String ref : refTimes == null ? List.<String>of() : refTimes) {
            timeline.referenceLine(refTime(ref), refLabel(ref));
        }
        return timeline;
    }

    private MapChart map(DataFrame frame) {
        MapChart map = Charts.map(frame);
        if (lat != null) map.latitude(lat);
        if (lon != null) map.longitude(lon);
        if (layerBy != null) map.layerBy(layerBy);
        if (tooltip != null) map.tooltip(tooltip.toArray(String[]::new));
        if (cluster != null) map.cluster(cluster);
        return map;
    }

    private static Instant refTime(String ref) {
        String time = ref.contains("=") ? ref.substring(0, ref.indexOf('=')) : ref;
        try {
            return Instant.parse(time.trim());
        } catch (DateTimeParseException e) {
            throw new BadInputException("--ref-time wants an ISO-8601 instant such as 2026-11-20T10:00:00Z, optionally "
                    + "=LABEL, not '" + ref + "'");
        }
    }

    private static String refLabel(String ref) {
        return ref.contains("=") ? ref.substring(ref.indexOf('=') + 1) : ref;
    }
}
