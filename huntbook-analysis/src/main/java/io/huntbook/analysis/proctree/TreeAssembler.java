package io.huntbook.analysis.proctree;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
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
    record Assembled(DataFrame frame, String[] procKey, int[] parent, int[][] children, int[] depth,
            boolean[] root, StringIndex keptIndex, int[] position, TreeSummary summary) {

        /** The output row of a process key, or -1. */
        int rowOf(String key) {
            int kept = keptIndex.get(key);
            return kept < 0 ? -1 : position[kept];
        }
    }

    static Assembled assemble(DataFrame input, Rows rows, ProcSchema schema, boolean withEffectiveLogon) {
        int total = rows.size();
        // One row per process key, the first (MSTICPy keeps the first of duplicated index values).
        StringIndex keptIndex = new StringIndex(total);
        int[] kept = new int[total];
        int[] keptOf = new int[total];
        int m = 0;
        for (int i = 0; i < total; i++) {
            int earlier = keptIndex.putIfAbsent(rows.procKey(i), m);
            if (earlier < 0) {
                keptOf[i] = m;
                kept[m++] = i;
            } else {
                keptOf[i] = earlier;
            }
        }
        kept = Arrays.copyOf(kept, m);

        // A process has a child when any row (a dropped duplicate too, as in MSTICPy) names it as parent.
        int[] parentOf = new int[m];
        int[] childCount = new int[m];
        boolean[] hasChild = new boolean[m];
        for (int i = 0, k = 0; i < total; i++) {
            int parent = parentKept(rows, i, keptOf, keptIndex);
            if (parent >= 0) {
                hasChild[parent] = true;
            }
            if (k < m && kept[k] == i) {
                parentOf[k] = parent;
                if (parent >= 0) {
                    childCount[parent]++;
                }
                k++;
            }
        }
        int[][] childrenOf = new int[m][];
        int[] none = new int[0];
        for (int k = 0; k < m; k++) {
            childrenOf[k] = childCount[k] == 0 ? none : new int[childCount[k]];
            childCount[k] = 0;
        }
        for (int k = 0; k < m; k++) {
            if (parentOf[k] >= 0) {
                childrenOf[parentOf[k]][childCount[parentOf[k]]++] = k;
            }
        }

        // Paths, level by level from the roots; rows never reached keep their own index as path.
        // Each index's text once: it is the root's path, the source_index, a parent_index and a path's last part.
        String[] indexText = new String[m];
        String[] path = new String[m];
        int[] depth = new int[m];
        int[] pathParent = new int[m];
        Arrays.fill(pathParent, -1);
        boolean[] isRoot = new boolean[m];
        int[] queue = new int[m];
        int head = 0;
        int tail = 0;
        for (int k = 0; k < m; k++) {
            indexText[k] = Integer.toString(k);
            path[k] = indexText[k];
            depth[k] = 1;
            isRoot[k] = rows.parentKey(kept[k]) == null;
            if (isRoot[k]) {
                queue[tail++] = k;
            }
        }
        boolean[] reached = new boolean[m];
        while (head < tail) {
            int k = queue[head++];
            reached[k] = true;
            for (int child : childrenOf[k]) {
                if (!reached[child] && !isRoot[child]) {
                    reached[child] = true;
                    path[child] = path[k] + "/" + indexText[child];
                    depth[child] = depth[k] + 1;
                    pathParent[child] = k;
                    queue[tail++] = child;
                }
            }
        }

        int[] order = pathOrder(m, path, pathParent, childrenOf, reached, isRoot);
        int[] position = new int[m];
        for (int p = 0; p < m; p++) {
            position[order[p]] = p;
        }

        int roots = 0;
        int leaves = 0;
        int branches = 0;
        int isolated = 0;
        int maxDepth = 0;
        boolean[] leaf = new boolean[m];
        boolean[] branch = new boolean[m];
        for (int k = 0; k < m; k++) {
            leaf[k] = !hasChild[k];
            branch[k] = !isRoot[k] && hasChild[k];
            roots += isRoot[k] ? 1 : 0;
            leaves += leaf[k] ? 1 : 0;
            branches += branch[k] ? 1 : 0;
            isolated += isRoot[k] && leaf[k] ? 1 : 0;
            maxDepth = Math.max(maxDepth, depth[k]);
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
        Object[][] columns = new Object[names.size()][m];
        Set<String> timeColumns = timeColumns(schema);
        Series<?>[] inputColumns = new Series<?>[inputNames.length];
        boolean[] isTime = new boolean[inputNames.length];
        for (int c = 0; c < inputNames.length; c++) {
            inputColumns[c] = input.getColumn(c);
            isTime[c] = timeColumns.contains(inputNames[c]);
        }
        String[] outKey = new String[m];
        int[] outParent = new int[m];
        int[][] outChildren = new int[m][];
        int[] outDepth = new int[m];
        boolean[] outRoot = new boolean[m];
        // The input's columns one at a time: a tight gather per column keeps many memory loads in flight, where a
        // row at a time (in path order, scattered over the input) waited for each.
        int[] sourceOf = new int[m];
        for (int p = 0; p < m; p++) {
            sourceOf[p] = rows.source(kept[order[p]]);
        }
        for (int c = 0; c < inputNames.length; c++) {
            Series<?> column = inputColumns[c];
            Object[] out = columns[c];
            for (int p = 0; p < m; p++) {
                int source = sourceOf[p];
                if (source >= 0) {
                    out[p] = column.get(source);
                } else {
                    Map<String, Object> inferred = rows.inferredValues(kept[order[p]]);
                    out[p] = inferred == null ? null : inferred.get(inputNames[c]);
                }
            }
            if (isTime[c]) {
                for (int p = 0; p < m; p++) {
                    Object value = out[p];
                    if (sourceOf[p] >= 0 && value != null && !(value instanceof Instant)) {
                        Instant instant = Values.instant(value);
                        out[p] = instant == null ? value : instant;
                    }
                }
            }
        }
        for (int p = 0; p < m; p++) {
            int k = order[p];
            int row = kept[k];
            int c = inputNames.length;
            if (withEffectiveLogon) {
                columns[c++][p] = rows.effectiveLogon(row);
            }
            columns[c++][p] = rows.procKey(row);
            columns[c++][p] = rows.parentKey(row);
            columns[c++][p] = isRoot[k];
            columns[c++][p] = leaf[k];
            columns[c++][p] = branch[k];
            columns[c++][p] = path[k];
            columns[c++][p] = pathParent[k] < 0 ? null : indexText[pathParent[k]];
            columns[c++][p] = depth[k];
            columns[c][p] = indexText[k];
            outKey[p] = rows.procKey(row);
            outParent[p] = parentOf[k] < 0 ? -1 : position[parentOf[k]];
            outDepth[p] = depth[k];
            outRoot[p] = isRoot[k];
        }
        // Children in output rows, from the parents: filled in row order, so each list comes sorted.
        int[] childTotal = new int[m];
        for (int p = 0; p < m; p++) {
            if (outParent[p] >= 0) {
                childTotal[outParent[p]]++;
            }
        }
        for (int p = 0; p < m; p++) {
            outChildren[p] = childTotal[p] == 0 ? none : new int[childTotal[p]];
            childTotal[p] = 0;
        }
        for (int p = 0; p < m; p++) {
            int parent = outParent[p];
            if (parent >= 0) {
                outChildren[parent][childTotal[parent]++] = p;
            }
        }
        Series<?>[] series = new Series<?>[columns.length];
        for (int c = 0; c < columns.length; c++) {
            series[c] = Series.of(columns[c]);
        }
        DataFrame frame = DataFrame.byColumn(names.toArray(String[]::new)).of(series);
        return new Assembled(frame, outKey, outParent, outChildren, outDepth, outRoot, keptIndex, position, summary);
    }

    /** The kept index of a row's parent, or -1: by the row the extractor linked, else by key. */
    private static int parentKept(Rows rows, int i, int[] keptOf, StringIndex keptIndex) {
        int parentRow = rows.parentRow(i);
        if (parentRow >= 0) {
            return keptOf[parentRow];
        }
        String parentKey = rows.parentKey(i);
        return parentKey == null ? -1 : keptIndex.get(parentKey);
    }

    /**
     * Rows in the order of their paths as strings (MSTICPy sorts by path): a depth-first walk where siblings, and
     * the tops of trees, go in the string order of their indexes ("10" before "9"); '/' sorts before digits, so a
     * parent comes before its children and its children before its next sibling. Equal paths cannot occur.
     */
    private static int[] pathOrder(int m, String[] path, int[] pathParent, int[][] childrenOf, boolean[] reached,
            boolean[] isRoot) {
        int[] tops = new int[m];
        int topCount = 0;
        for (int k = 0; k < m; k++) {
            if (pathParent[k] < 0) {
                tops[topCount++] = k;
            }
        }
        sortAsText(tops, topCount);
        int[] order = new int[m];
        int n = 0;
        // An explicit stack of ints: children are pushed in reverse text order so the first pops first.
        int[] stack = new int[m];
        int top = 0;
        for (int i = topCount - 1; i >= 0; i--) {
            stack[top++] = tops[i];
        }
        int[] children = new int[16];
        while (top > 0) {
            int k = stack[--top];
            order[n++] = k;
            int[] all = childrenOf[k];
            if (children.length < all.length) {
                children = new int[all.length];
            }
            int count = 0;
            for (int child : all) {
                if (pathParent[child] == k) {
                    children[count++] = child;
                }
            }
            sortAsText(children, count);
            for (int i = count - 1; i >= 0; i--) {
                stack[top++] = children[i];
            }
        }
        return order;
    }

    /**
     * Sorts {@code values[0, count)} in the text order of their decimal strings. The values come in increasing
     * numeric order, which the text order changes only where the digit count changes, so an insertion sort does
     * little work; long runs are sorted as boxed values, which is rare.
     */
    static void sortAsText(int[] values, int count) {
        if (count > 64) {
            Integer[] boxed = new Integer[count];
            for (int i = 0; i < count; i++) {
                boxed[i] = values[i];
            }
            Arrays.sort(boxed, TreeAssembler::compareAsText);
            for (int i = 0; i < count; i++) {
                values[i] = boxed[i];
            }
            return;
        }
        for (int i = 1; i < count; i++) {
            int value = values[i];
            int j = i - 1;
            while (j >= 0 && compareAsText(values[j], value) > 0) {
                values[j + 1] = values[j];
                j--;
            }
            values[j + 1] = value;
        }
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

    private static int digits(int value) {
        int digits = 1;
        for (int v = value; v >= 10; v /= 10) {
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
