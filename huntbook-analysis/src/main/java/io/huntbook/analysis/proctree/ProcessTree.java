package io.huntbook.analysis.proctree;

import io.huntbook.core.BadInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.dflib.DataFrame;

/**
 * Process trees built from process-creation events, with MSTICPy's rules and column names.
 *
 * <p>The {@link #frame()} has the input's columns (the schema's time column as instants), then
 * {@code EffectiveLogonId} (event schemas), {@code proc_key} ({@code name|id|time}), {@code parent_key},
 * {@code IsRoot}, {@code IsLeaf}, {@code IsBranch}, {@code path} (row indexes from the root, {@code 0/12/57}),
 * {@code parent_index}, {@code depth} (1 for a root) and {@code source_index} (the row's index, as used in paths).
 * Rows are sorted by path, then time, so each tree is contiguous. Parents missing from the events appear as
 * inferred rows.
 *
 * <pre>{@code
 * ProcessTree tree = ProcessTree.build(events, ProcSchema.WINDOWS_4688);
 * tree.summary();                  // {Processes=..., RootProcesses=..., ...}
 * tree.descendants(key, 2);        // children and grandchildren of a process
 * }</pre>
 */
public final class ProcessTree {
    private final ProcSchema schema;
    private final TreeAssembler.Assembled tree;
    private final List<String> warnings;

    private ProcessTree(ProcSchema schema, TreeAssembler.Assembled tree, List<String> warnings) {
        this.schema = schema;
        this.tree = tree;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Builds the trees with a given schema.
     *
     * @throws BadInputException naming the missing columns and the columns there are, when the table lacks one the
     *                           schema needs
     */
    public static ProcessTree build(DataFrame events, ProcSchema schema) {
        List<String> warnings = new ArrayList<>();
        DataFrame input = events;
        ProcSchema effective = schema;
        Rows rows;
        switch (schema.kind()) {
            case MDE_PUBLIC -> {
                input = MdePublic.toInternal(events, schema);
                rows = MdeExtractor.extract(input, ProcSchema.MDE_INTERNAL, warnings);
                effective = ProcSchema.MDE_INTERNAL;
            }
            case MDE_INTERNAL -> rows = MdeExtractor.extract(events, schema, warnings);
            default -> rows = EventsExtractor.extract(events, schema, warnings);
        }
        boolean events4688 = effective.kind() == ProcSchema.Kind.EVENTS;
        return new ProcessTree(schema, TreeAssembler.assemble(input, rows, effective, events4688), warnings);
    }

    /**
     * Builds the trees with the schema inferred from the column names (see {@link ProcSchema#infer}).
     *
     * @throws BadInputException listing the columns, when no schema fits
     */
    public static ProcessTree build(DataFrame events) {
        return build(events, inferSchema(events));
    }

    /** The schema that {@link #build(DataFrame)} would use. */
    public static ProcSchema inferSchema(DataFrame events) {
        return ProcSchema.infer(Arrays.asList(events.getColumnsIndex().toArray()))
                .orElseThrow(() -> new BadInputException("no process-event schema fits the columns "
                        + String.join(", ", events.getColumnsIndex().toArray())
                        + ": name one with --schema or map the columns with --map"));
    }

    public ProcSchema schema() {
        return schema;
    }

    /** One row per process, sorted by path and time. */
    public DataFrame frame() {
        return tree.frame();
    }

    public TreeSummary summary() {
        return tree.summary();
    }

    /** What was left out of the input, and why. */
    public List<String> warnings() {
        return warnings;
    }

    /** The root processes. */
    public DataFrame roots() {
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < tree.root().length; r++) {
            if (tree.root()[r]) {
                rows.add(r);
            }
        }
        return select(rows);
    }

    /** The process with this {@code proc_key}. */
    public DataFrame process(String procKey) {
        return select(List.of(row(procKey)));
    }

    /** Its parent: one row, or none for a root. */
    public DataFrame parent(String procKey) {
        int parent = tree.parent()[row(procKey)];
        return select(parent < 0 ? List.of() : List.of(parent));
    }

    /** Its direct children. */
    public DataFrame children(String procKey) {
        return select(boxed(tree.children(row(procKey))));
    }

    /** Its descendants down to {@code levels} generations (-1 for all), in tree order. */
    public DataFrame descendants(String procKey, int levels) {
        List<Integer> found = new ArrayList<>();
        int start = row(procKey);
        List<Integer> level = List.of(start);
        // each process once: parents in a cycle (children of each other at one time) would otherwise never end
        BitSet seen = new BitSet();
        seen.set(start);
        for (int depth = 0; (levels < 0 || depth < levels) && !level.isEmpty(); depth++) {
            List<Integer> next = new ArrayList<>();
            for (int r : level) {
                for (int child : tree.children(r)) {
                    if (!seen.get(child)) {
                        seen.set(child);
                        next.add(child);
                    }
                }
            }
            found.addAll(next);
            level = next;
        }
        found.sort(null);
        return select(found);
    }

    /** Its ancestors, from the root down to its parent. */
    public DataFrame ancestors(String procKey) {
        List<Integer> found = new ArrayList<>();
        int seen = 0;
        for (int r = tree.parent()[row(procKey)]; r >= 0 && seen <= tree.parent().length; r = tree.parent()[r]) {
            found.add(0, r);
            seen++;
        }
        return select(found);
    }

    /** The other children of its parent. */
    public DataFrame siblings(String procKey) {
        int row = row(procKey);
        int parent = tree.parent()[row];
        if (parent < 0) {
            return select(List.of());
        }
        List<Integer> found = new ArrayList<>();
        for (int child : tree.children(parent)) {
            if (child != row) {
                found.add(child);
            }
        }
        return select(found);
    }

    /** The whole tree this process belongs to, root first. */
    public DataFrame rootTree(String procKey) {
        int root = row(procKey);
        int seen = 0;
        while (tree.parent()[root] >= 0 && seen++ <= tree.parent().length) {
            root = tree.parent()[root];
        }
        List<Integer> rows = new ArrayList<>();
        rows.add(root);
        rows.addAll(boxedRows(descendants(tree.procKey()[root], -1)));
        return select(rows);
    }

    /** The key of the process at a row of {@link #frame()}. */
    public String procKeyAt(int row) {
        return tree.procKey()[row];
    }

    /** The trees as indented text, MSTICPy's {@code tree_to_text} layout. */
    public String toText() {
        return TreeText.render(this, tree.frame(), tree.depth());
    }

    private List<Integer> boxedRows(DataFrame subset) {
        List<Integer> rows = new ArrayList<>();
        var keys = subset.getColumn("proc_key");
        for (int i = 0; i < keys.size(); i++) {
            rows.add(tree.rowOf((String) keys.get(i)));
        }
        return rows;
    }

    private int row(String procKey) {
        int row = tree.rowOf(procKey);
        if (row < 0) {
            throw new BadInputException("no process with key '" + procKey + "' in this tree");
        }
        return row;
    }

    private static List<Integer> boxed(int[] rows) {
        List<Integer> list = new ArrayList<>(rows.length);
        for (int r : rows) {
            list.add(r);
        }
        return list;
    }

    private DataFrame select(List<Integer> rows) {
        int[] indexes = rows.stream().mapToInt(Integer::intValue).toArray();
        return tree.frame().rows(indexes).select();
    }

    /** Only for tests and the text renderer: the schema the rows were built with. */
    Optional<String> cmdLineColumn() {
        return Optional.ofNullable(schema.kind() == ProcSchema.Kind.EVENTS ? schema.cmdLine()
                : "CreatedProcessCommandLine");
    }
}
