package io.huntbook.analysis.proctree;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
            boolean[] root, Map<String, Integer> keptIndex, int[] position, TreeSummary summary) {

        /** The output row of a process key, or -1. */
        int rowOf(String key) {
            Integer kept = keptIndex.get(key);
            return kept == null ? -1 : position[kept];
        }
    }

    static Assembled assemble(DataFrame input, Rows rows, ProcSchema schema, boolean withEffectiveLogon) {
        int total = rows.size();
        // One row per process key, the first (MSTICPy keeps the first of duplicated index values).
        Map<String, Integer> keptIndex = new HashMap<>(total * 2);
        int[] kept = new int[total];
        int[] keptOf = new int[total];
        int m = 0;
        for (int i = 0; i < total; i++) {
            Integer earlier = keptIndex.putIfAbsent(rows.procKey(i), m);
            if (earlier == null) {
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
        for (int k = 0; k < m; k++) {
            childrenOf[k] = new int[childCount[k]];
            childCount[k] = 0;
        }
        for (int k = 0; k < m; k++) {
            if (parentOf[k] >= 0) {
                childrenOf[parentOf[k]][childCount[parentOf[k]]++] = k;
            }
        }

        // Paths, level by level from the roots; rows never reached keep their own index as path.
        String[] path = new String[m];
        int[] depth = new int[m];
        int[] pathParent = new int[m];
        Arrays.fill(pathParent, -1);
        boolean[] isRoot = new boolean[m];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int k = 0; k < m; k++) {
            path[k] = Integer.toString(k);
            depth[k] = 1;
            isRoot[k] = rows.parentKey(kept[k]) == null;
            if (isRoot[k]) {
                queue.add(k);
            }
        }
        boolean[] reached = new boolean[m];
        while (!queue.isEmpty()) {
            int k = queue.poll();
            reached[k] = true;
            for (int child : childrenOf[k]) {
                if (!reached[child] && !isRoot[child]) {
                    reached[child] = true;
                    path[child] = path[k] + "/" + child;
                    depth[child] = depth[k] + 1;
                    pathParent[child] = k;
                    queue.add(child);
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
        for (int p = 0; p < m; p++) {
            int k = order[p];
            int row = kept[k];
            int source = rows.source(row);
            Map<String, Object> inferred = rows.inferredValues(row);
            for (int c = 0; c < inputNames.length; c++) {
                Object value;
                if (source >= 0) {
                    value = inputColumns[c].get(source);
                    if (value != null && isTime[c] && !(value instanceof Instant)) {
                        Instant instant = Values.instant(value);
                        value = instant == null ? value : instant;
                    }
                } else {
                    value = inferred == null ? null : inferred.get(inputNames[c]);
                }
                columns[c][p] = value;
            }
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
            columns[c++][p] = pathParent[k] < 0 ? null : Integer.toString(pathParent[k]);
            columns[c++][p] = depth[k];
            columns[c][p] = Integer.toString(k);
            outKey[p] = rows.procKey(row);
            outParent[p] = parentOf[k] < 0 ? -1 : position[parentOf[k]];
            outChildren[p] = new int[childrenOf[k].length];
            for (int j = 0; j < childrenOf[k].length; j++) {
                outChildren[p][j] = position[childrenOf[k][j]];
            }
            Arrays.sort(outChildren[p]);
            outDepth[p] = depth[k];
            outRoot[p] = isRoot[k];
        }
        Series<?>[] series = new Series<?>[columns.length];
        for (int c = 0; c < columns.length; c++) {
            series[c] = Series.of(columns[c]);
        }
        DataFrame frame = DataFrame.byColumn(names.toArray(String[]::new)).of(series);
        return new Assembled(frame, outKey, outParent, outChildren, outDepth, outRoot, keptIndex, position, summary);
    }

    /** The kept index of a row's parent, or -1: by the row the extractor linked, else by key. */
    private static int parentKept(Rows rows, int i, int[] keptOf, Map<String, Integer> keptIndex) {
        int parentRow = rows.parentRow(i);
        if (parentRow >= 0) {
            return keptOf[parentRow];
        }
        String parentKey = rows.parentKey(i);
        Integer parent = parentKey == null ? null : keptIndex.get(parentKey);
        return parent == null ? -1 : parent;
    }

    /**
     * Rows in the order of their paths as strings (MSTICPy sorts by path): a depth-first walk where siblings, and
     * the tops of trees, go in the string order of their indexes ("10" before "9"); '/' sorts before digits, so a
     * parent comes before its children and its children before its next sibling. Equal paths cannot occur.
     */
    private static int[] pathOrder(int m, String[] path, int[] pathParent, int[][] childrenOf, boolean[] reached,
            boolean[] isRoot) {
        List<Integer> tops = new ArrayList<>();
        for (int k = 0; k < m; k++) {
            if (pathParent[k] < 0) {
                tops.add(k);
            }
        }
        tops.sort(TreeAssembler::compareAsText);
        int[] order = new int[m];
        int n = 0;
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        for (int i = tops.size() - 1; i >= 0; i--) {
            stack.push(tops.get(i));
        }
        while (!stack.isEmpty()) {
            int k = stack.pop();
            order[n++] = k;
            List<Integer> children = new ArrayList<>(childrenOf[k].length);
            for (int child : childrenOf[k]) {
                if (pathParent[child] == k) {
                    children.add(child);
                }
            }
            children.sort(TreeAssembler::compareAsText);
            for (int i = children.size() - 1; i >= 0; i--) {
                stack.push(children.get(i));
            }
        }
        return order;
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
