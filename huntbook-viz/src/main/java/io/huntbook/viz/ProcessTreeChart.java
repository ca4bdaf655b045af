package io.huntbook.viz;

import io.huntbook.analysis.proctree.ProcSchema;
import io.huntbook.analysis.proctree.ProcessTree;
import io.huntbook.core.BadInputException;
import io.huntbook.core.table.JsonValues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dflib.DataFrame;
import org.dflib.Series;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ProcessTree} as a collapsible hierarchy (as MSTICPy's {@code plot_process_tree}): each process under its
 * parent, labelled with its name and id (hex or decimal), coloured by a column (default the account), its tooltip
 * holding the path, ids, time, command line and account. Beyond {@link #maxPoints} processes the first are shown and
 * the chart says so.
 */
public final class ProcessTreeChart extends ChartBuilder<ProcessTreeChart> {
    private final ProcessTree tree;
    private @Nullable String colorBy;
    private boolean hex;

    ProcessTreeChart(ProcessTree tree) {
        this.tree = tree;
        this.maxPoints = 2_000;
    }

    /** Colours processes by the values of this column of the tree's frame (default: the account column). */
    public ProcessTreeChart colorBy(String column) {
        this.colorBy = column;
        return this;
    }

    /** Shows process ids in hex ({@code 0x1a2b}) rather than decimal. */
    public ProcessTreeChart hexIds(boolean hex) {
        this.hex = hex;
        return this;
    }

    /**
     * {@code hex} or {@code dec}.
     *
     * @throws BadInputException for another name
     */
    public ProcessTreeChart pidFormat(String format) {
        return hexIds(switch (format.trim().toLowerCase(Locale.ROOT)) {
            case "hex" -> true;
            case "dec", "decimal" -> false;
            default -> throw new BadInputException("unknown --pid-format '" + format + "': use hex or dec");
        });
    }

    @Override
    public Chart build() {
        DataFrame frame = tree.frame();
        if (frame.height() == 0) {
            throw new BadInputException("nothing to draw: the events hold no process-creation rows");
        }
        ProcSchema schema = frame.getColumnsIndex().contains(tree.schema().processName()) ? tree.schema()
                : ProcSchema.MDE_INTERNAL;
        Series<?> names = column(frame, schema.processName());
        Series<?> ids = column(frame, schema.processId());
        Series<?> parents = column(frame, schema.parentId());
        Series<?> times = column(frame, schema.timeStamp());
        Series<?> cmd = column(frame, schema.cmdLine() != null && frame.getColumnsIndex().contains(schema.cmdLine())
                ? schema.cmdLine() : "CreatedProcessCommandLine");
        String userColumn = schema.userName() != null && frame.getColumnsIndex().contains(schema.userName())
                ? schema.userName() : "AccountName";
        Series<?> user = column(frame, userColumn);
        String colorColumn = colorBy != null ? colorBy : user != null ? userColumn : null;
        Series<?> colors = colorColumn == null ? null : Columns.column(frame, colorColumn, "--color-by");
        Series<?> source = frame.getColumn("source_index");
        Series<?> parentIndex = frame.getColumn("parent_index");
        int shown = Math.min(frame.height(), maxPoints);
        Map<String, Integer> rowOfSource = new HashMap<>();
        for (int r = 0; r < shown; r++) {
            rowOfSource.put(text(source, r), r);
        }
        Map<String, String> colorOf = new LinkedHashMap<>();
        List<Model.TreeNode> nodes = new ArrayList<>();
        for (int r = 0; r < shown; r++) {
            Integer parent = rowOfSource.get(text(parentIndex, r));
            String key = colors == null ? "" : text(colors, r);
            String color = colorOf.computeIfAbsent(key, k -> Palette.color(colorOf.size()));
            String path = text(names, r);
            StringBuilder tip = new StringBuilder();
            tip.append("Process: ").append(path).append("\nPID: ").append(pid(ids, r)).append("  Parent PID: ")
                    .append(pid(parents, r)).append("\nTime: ").append(text(times, r));
            if (!text(cmd, r).isEmpty()) {
                tip.append("\nCommand line: ").append(text(cmd, r));
            }
            if (!text(user, r).isEmpty()) {
                tip.append("\nAccount: ").append(text(user, r));
            }
            if (colorColumn != null && !colorColumn.equals(userColumn)) {
                tip.append('\n').append(colorColumn).append(": ").append(key);
            }
            nodes.add(new Model.TreeNode(parent == null || parent == r ? -1 : parent,
                    baseName(path, schema.pathSeparator()) + " [" + pid(ids, r) + "]", tip.toString(), color));
        }
        List<Model.LegendEntry> legend = new ArrayList<>();
        if (colorColumn != null) {
            colorOf.forEach((k, c) -> legend.add(new Model.LegendEntry(colorColumn + ": " + (k.isEmpty() ? "(none)" : k), c)));
        }
        String note = shown < frame.height() ? "truncated: the first " + count(shown) + " of "
                + count(frame.height()) + " processes" : null;
        return new Chart(new Model.ChartModel(ChartType.PROCTREE, titleOr("Process tree"), note, width,
                height > 0 ? height : Math.max(300, Math.min(20_000, 120 + shown * 22)), new Model.Tree(nodes, legend)));
    }

    /** The id as the chosen base, whatever base the events wrote it in ({@code 0x1a2b}, {@code 6699}, {@code 6699.0}). */
    private String pid(@Nullable Series<?> column, int row) {
        String text = text(column, row);
        if (text.isEmpty()) {
            return text;
        }
        try {
            long value = text.startsWith("0x") || text.startsWith("0X") ? Long.parseLong(text.substring(2), 16)
                    : (long) Double.parseDouble(text);
            return hex ? "0x" + Long.toHexString(value) : Long.toString(value);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static String baseName(String path, String separator) {
        int cut = Math.max(path.lastIndexOf(separator), path.lastIndexOf('/'));
        return cut >= 0 && cut < path.length() - 1 ? path.substring(cut + 1) : path;
    }

    private static @Nullable Series<?> column(DataFrame frame, @Nullable String name) {
        return name != null && frame.getColumnsIndex().contains(name) ? frame.getColumn(name) : null;
    }

    private static String text(@Nullable Series<?> column, int row) {
        if (column == null) {
            return "";
        }
        return JsonValues.toText(column.get(row)).replace('\n', ' ').replace('\r', ' ');
    }
}
