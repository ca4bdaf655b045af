package io.huntbook.analysis.proctree;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dflib.DataFrame;
import org.dflib.Series;
import org.jspecify.annotations.Nullable;

/**
 * Turns matched rows into a tree as MSTICPy's {@code _add_tree_properties} and {@code build_proc_tree} do: root,
 * leaf and branch flags; one row per process key (the first); paths of row indexes from the root
 * ({@code 0/12/57}) built level by level; rows sorted by path, then time.
 */
final class TreeAssembler {
    static final List<String> TREE_COLUMNS = List.of("proc_key", "parent_key", "IsRoot", "IsLeaf", "IsBranch",
            "path", "parent_index", "depth", "source_index");

    private TreeAssembler() {}

    /** The assembled tree, in output order, with the links navigation needs. */
    static final class Assembled {
        private final DataFrame frame;
        private final String[] procKey;
        private final int[] parent;
        private final int[] childStart;
        private final int[] childList;
        private final int[] depth;
        private final boolean[] root;
        private final TreeSummary summary;
        /** Output row by process key, made on the first look-up: the build itself never looks up a key. */
        private volatile @Nullable StringIndex rowIndex;

        Assembled(DataFrame frame, String[] procKey, int[] parent, int[] childStart, int[] childList, int[] depth,
                boolean[] root, TreeSummary summary) {
            this.frame = frame;
            this.procKey = procKey;
            this.parent = parent;
            this.childStart = childStart;
            this.childList = childList;
            this.depth = depth;
            this.root = root;
            this.summary = summary;
        }

        DataFrame frame() {
            return frame;
        }

        TreeSummary summary() {
            return summary;
        }

        /** Process keys by output row. */
        String[] procKey() {
            return procKey;
        }

        /** The parent's output row by output row, -1 for none. */
        int[] parent() {
            return parent;
        }

        int[] depth() {
            return depth;
        }

        boolean[] root() {
            return root;
        }

        /** The output rows of a row's children, in increasing order. */
        int[] children(int row) {
            return Arrays.copyOfRange(childList, childStart[row], childStart[row + 1]);
        }

        /** The output row of a process key, or -1. */
        int rowOf(String key) {
            StringIndex index = rowIndex;
            if (index == null) {
                synchronized (this) {
                    index = rowIndex;
                    if (index == null) {
                        index = new StringIndex(procKey.length);
                        for (int p = 0; p < procKey.length; p++) {
                            index.putIfAbsent(procKey[p], p);
                        }
                        rowIndex = index;
                    }
                }
            }
            return index.get(key);
        }
    }

    static Assembled assemble(DataFrame input, Rows rows, ProcSchema schema, boolean withEffectiveLogon) {
        int total = rows.size();
        // One row per process key, the first (MSTICPy keeps the first of duplicated index values).
        int[] keptOfKey = new int[rows.keyCount()];
        Arrays.fill(keptOfKey, -1);
        int[] kept = new int[total];
        int m = 0;
        for (int i = 0; i < total; i++) {
            int key = rows.key(i);
            if (keptOfKey[key] < 0) {
                keptOfKey[key] = m;
                kept[m++] = i;
            }
        }

        // A process has a child when any row (a dropped duplicate too, as in MSTICPy) names it as parent.
        int[] parentOf = new int[m];
        boolean[] hasChild = new boolean[m];
        boolean[] isRoot = new boolean[m];
        for (int i = 0; i < total; i++) {
            int parentKey = rows.parentKey(i);
            int parent = parentKey < 0 ? -1 : keptOfKey[parentKey];
            if (parent >= 0) {
                hasChild[parent] = true;
            }
            int k = keptOfKey[rows.key(i)];
            if (kept[k] == i) {
                parentOf[k] = parent;
                isRoot[k] = parentKey < 0;
            }
        }
        int[] childStart = new int[m + 1];
        int[] childList = children(parentOf, m, childStart);

        // Rows in the order of their paths as strings (MSTICPy sorts by path): a depth-first walk where siblings,
        // and the tops of trees, go in the string order of their indexes ("10" before "9"); '/' sorts before
        // digits, so a parent comes before its children and its children before its next sibling. Equal paths
        // cannot occur. The output columns are written in that walk, one output row after the other.
        // Processes not reached from a root (parents in a cycle) keep their own index as path and are tops
        // themselves: the walk from the roots shows whether there are any, and only then is the walk made again.
        int[] stack = new int[m];
        boolean @Nullable [] reached = null;
        int[] position = new int[m];
        int[] sourceOf = new int[m];
        int[] keptAt = new int[m];
        String[] procKeyOut = new String[m];
        @Nullable String[] parentKeyOut = new String[m];
        boolean[] rootOut = new boolean[m];
        boolean[] leafOut = new boolean[m];
        boolean[] branchOut = new boolean[m];
        String[] pathOut = new String[m];
        @Nullable String[] parentIndexOut = new String[m];
        int[] depthOut = new int[m];
        String[] indexOut = new String[m];
        @Nullable Object[] logonOut = withEffectiveLogon ? new Object[m] : null;
        int[] outParent = new int[m];
        int roots;
        int leaves;
        int branches;
        int isolated;
        int maxDepth;
        boolean cycles;
        while (true) {
            int topCount = 0;
            for (int k = 0; k < m; k++) {
                if (isRoot[k] || reached != null && !reached[k]) {
                    stack[topCount++] = k;
                }
            }
            sortAsText(stack, topCount);
            for (int i = 0, j = topCount - 1; i < j; i++, j--) {
                int swap = stack[i];
                stack[i] = stack[j];
                stack[j] = swap;
            }
            int top = topCount;
            roots = 0;
            leaves = 0;
            branches = 0;
            isolated = 0;
            maxDepth = 0;
            cycles = false;
            int p = 0;
            while (top > 0) {
                int k = stack[--top];
                int row = kept[k];
                position[k] = p;
                keptAt[p] = k;
                sourceOf[p] = rows.source(row);
                String index = Integer.toString(k);
                indexOut[p] = index;
                procKeyOut[p] = rows.procKeyText(row);
                parentKeyOut[p] = rows.parentKeyText(row);
                if (logonOut != null) {
                    logonOut[p] = rows.effectiveLogon(row);
                }
                boolean root = isRoot[k];
                boolean leaf = !hasChild[k];
                boolean branch = !root && hasChild[k];
                rootOut[p] = root;
                leafOut[p] = leaf;
                branchOut[p] = branch;
                roots += root ? 1 : 0;
                leaves += leaf ? 1 : 0;
                branches += branch ? 1 : 0;
                isolated += root && leaf ? 1 : 0;
                boolean walked = reached == null || reached[k];
                if (walked && !root) {
                    int parentAt = position[parentOf[k]];
                    outParent[p] = parentAt;
                    pathOut[p] = pathOut[parentAt] + "/" + index;
                    parentIndexOut[p] = indexOut[parentAt];
                    depthOut[p] = depthOut[parentAt] + 1;
                } else {
                    outParent[p] = -1;
                    parentIndexOut[p] = null;
                    cycles |= parentOf[k] >= 0;
                    pathOut[p] = index;
                    depthOut[p] = 1;
                }
                maxDepth = Math.max(maxDepth, depthOut[p]);
                p++;
                if (walked) {
                    int from = childStart[k];
                    int count = childStart[k + 1] - from;
                    if (count > 0) {
                        sortAsText(childList, from, count);
                        for (int c = from + count - 1; c >= from; c--) {
                            stack[top++] = childList[c];
                        }
                    }
                }
            }
            if (p == m || reached != null) {
                break;
            }
            reached = new boolean[m];
            for (int q = 0; q < p; q++) {
                reached[keptAt[q]] = true;
            }
        }
        if (cycles) {
            // a process in a cycle has a parent for navigation, though not in its path
            for (int q = 0; q < m; q++) {
                int parent = parentOf[keptAt[q]];
                if (outParent[q] < 0 && parent >= 0) {
                    outParent[q] = position[parent];
                }
            }
        }
        TreeSummary summary = new TreeSummary(m, roots, leaves, branches, isolated, maxDepth);

        // The output frame: the input's columns (times as instants), then the tree's.
        String[] inputNames = input.getColumnsIndex().toArray();
        List<String> names = new ArrayList<>();
        for (String name : inputNames) {
            names.add(TREE_COLUMNS.contains(name) || name.equals(EventsExtractor.EFFECTIVE_LOGON_ID)
                    ? name + "_input" : name);
        }
        if (withEffectiveLogon) {
            names.add(EventsExtractor.EFFECTIVE_LOGON_ID);
        }
        names.addAll(TREE_COLUMNS);
        List<Series<?>> series = new ArrayList<>();
        Set<String> timeColumns = timeColumns(schema);
        // The input's columns one at a time: a tight gather per column keeps many memory loads in flight, where a
        // row at a time (in path order, scattered over the input) waited for each.
        for (int c = 0; c < inputNames.length; c++) {
            Series<?> column = input.getColumn(c);
            @Nullable Object[] out = new Object[m];
            for (int q = 0; q < m; q++) {
                int source = sourceOf[q];
                if (source >= 0) {
                    out[q] = column.get(source);
                } else {
                    Map<String, Object> inferred = rows.inferredValues(kept[keptAt[q]]);
                    out[q] = inferred == null ? null : inferred.get(inputNames[c]);
                }
            }
            if (timeColumns.contains(inputNames[c]) && !(c == timeColumnOf(inputNames, schema)
                    && rows.eventTimesAreInstants())) {
                for (int q = 0; q < m; q++) {
                    Object value = out[q];
                    if (sourceOf[q] >= 0 && value != null && !(value instanceof Instant)) {
                        Instant instant = Values.instant(value);
                        out[q] = instant == null ? value : instant;
                    }
                }
            }
            series.add(Series.of(out));
        }
        if (logonOut != null) {
            series.add(Series.of(logonOut));
        }
        series.add(Series.of(procKeyOut));
        series.add(Series.of(parentKeyOut));
        series.add(Series.ofBool(rootOut));
        series.add(Series.ofBool(leafOut));
        series.add(Series.ofBool(branchOut));
        series.add(Series.of(pathOut));
        series.add(Series.of(parentIndexOut));
        series.add(Series.ofInt(depthOut));
        series.add(Series.of(indexOut));
        DataFrame frame = DataFrame.byColumn(names.toArray(String[]::new)).of(series.toArray(Series<?>[]::new));

        int[] outChildStart = new int[m + 1];
        int[] outChildList = children(outParent, m, outChildStart);
        return new Assembled(frame, procKeyOut, outParent, outChildStart, outChildList, depthOut, rootOut, summary);
    }

    /**
     * Children as one array in sections, no array per process: the children of {@code p} are at
     * {@code [start[p], start[p + 1])}, in increasing order. {@code start} has room for {@code m + 1} entries.
     */
    private static int[] children(int[] parentOf, int m, int[] start) {
        for (int k = 0; k < m; k++) {
            if (parentOf[k] >= 0) {
                start[parentOf[k] + 1]++;
            }
        }
        for (int k = 0; k < m; k++) {
            start[k + 1] += start[k];
        }
        int[] list = new int[start[m]];
        int[] fill = Arrays.copyOf(start, m);
        for (int k = 0; k < m; k++) {
            if (parentOf[k] >= 0) {
                list[fill[parentOf[k]]++] = k;
            }
        }
        return list;
    }

    /** The index of the schema's time column among the input's columns, or -1. */
    private static int timeColumnOf(String[] inputNames, ProcSchema schema) {
        return Arrays.asList(inputNames).indexOf(schema.timeStamp());
    }

    /** Sorts {@code values[0, count)} in the text order of their decimal strings. */
    static void sortAsText(int[] values, int count) {
        sortAsText(values, 0, count);
    }

    /**
     * Sorts {@code values[from, from + count)} in the text order of their decimal strings. The values come in
     * increasing numeric order, which the text order changes only where the digit count changes, so an insertion
     * sort does little work; long runs are sorted as numbers scaled to ten digits (ties: fewer digits first).
     */
    static void sortAsText(int[] values, int from, int count) {
        if (count < 2 || digits(values[from]) == digits(values[from + count - 1]) && ascending(values, from, count)) {
            return;
        }
        if (count > 64) {
            long[] keys = new long[count];
            for (int i = 0; i < count; i++) {
                int value = values[from + i];
                int digits = digits(value);
                keys[i] = value * POWERS[10 - digits] * 16 + digits;
            }
            Arrays.sort(keys);
            for (int i = 0; i < count; i++) {
                long key = keys[i];
                values[from + i] = (int) ((key >>> 4) / POWERS[10 - (int) (key & 15)]);
            }
            return;
        }
        for (int i = from + 1; i < from + count; i++) {
            int value = values[i];
            int j = i - 1;
            while (j >= from && compareAsText(values[j], value) > 0) {
                values[j + 1] = values[j];
                j--;
            }
            values[j + 1] = value;
        }
    }

    private static final long[] POWERS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L, 10_000_000_000L};

    private static boolean ascending(int[] values, int from, int count) {
        for (int i = from + 1; i < from + count; i++) {
            if (values[i] < values[i - 1]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Compares two non-negative numbers as their decimal strings would compare, without making the strings: the
     * shorter number is scaled to the longer one's digit count; on a tie the shorter (a prefix) comes first.
     */
    static int compareAsText(int a, int b) {
        int digitsA = digits(a);
        int digitsB = digits(b);
        if (digitsA == digitsB) {
            return Integer.compare(a, b);
        }
        long scaledA = a;
        long scaledB = b;
        for (int d = digitsA; d < digitsB; d++) {
            scaledA *= 10;
        }
        for (int d = digitsB; d < digitsA; d++) {
            scaledB *= 10;
        }
        int byDigits = Long.compare(scaledA, scaledB);
        return byDigits != 0 ? byDigits : Integer.compare(digitsA, digitsB);
    }

    /** The number of decimal digits of a non-negative int. */
    static int digits(int value) {
        int digits = 1;
        while (digits < 10 && value >= POWERS[digits]) {
            digits++;
        }
        return digits;
    }

    private static Set<String> timeColumns(ProcSchema schema) {
        Set<String> times = new LinkedHashSet<>();
        times.add(schema.timeStamp());
        if (schema.kind() != ProcSchema.Kind.EVENTS) {
            times.addAll(List.of("CreatedProcessCreationTime", "InitiatingProcessCreationTime",
                    "InitiatingProcessParentCreationTime", "CreatedProcessParentCreationTimeUtc"));
        }
        return times;
    }

}
