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
            boolean[] root, Map<String, Integer> rowOfKey, TreeSummary summary) {}

    static Assembled assemble(DataFrame input, Rows rows, ProcSchema schema, boolean withEffectiveLogon) {
        int total = rows.size();
        Set<String> parentKeys = new HashSet<>(total * 2);
        for (int i = 0; i < total; i++) {
            String parentKey = rows.parentKey(i);
            if (parentKey != null) {
                parentKeys.add(parentKey);
            }
        }
        // One row per process key, the first (MSTICPy keeps the first of duplicated index values).
        Map<String, Integer> keptIndex = new HashMap<>(total * 2);
        int[] kept = new int[total];
        int m = 0;
        for (int i = 0; i < total; i++) {
            if (keptIndex.putIfAbsent(rows.procKey(i), m) == null) {
                kept[m++] = i;
            }
        }
        kept = Arrays.copyOf(kept, m);

        int[] parentOf = new int[m];
        int[] childCount = new int[m];
        for (int k = 0; k < m; k++) {
            String parentKey = rows.parentKey(kept[k]);
            Integer parent = parentKey == null ? null : keptIndex.get(parentKey);
            parentOf[k] = parent == null ? -1 : parent;
            if (parent != null) {
                childCount[parent]++;
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

        Integer[] order = new Integer[m];
        for (int k = 0; k < m; k++) {
            order[k] = k;
        }
        final int[] keptRows = kept;
        Arrays.sort(order, (a, b) -> {
            int byPath = path[a].compareTo(path[b]);
            return byPath != 0 ? byPath : Long.compare(rows.time(keptRows[a]), rows.time(keptRows[b]));
        });
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
            boolean hasChild = parentKeys.contains(rows.procKey(kept[k]));
            leaf[k] = !hasChild;
            branch[k] = !isRoot[k] && hasChild;
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
        String[] outKey = new String[m];
        int[] outParent = new int[m];
        int[][] outChildren = new int[m][];
        int[] outDepth = new int[m];
        boolean[] outRoot = new boolean[m];
        Map<String, Integer> rowOfKey = new HashMap<>(m * 2);
        for (int p = 0; p < m; p++) {
            int k = order[p];
            int row = kept[k];
            int source = rows.source(row);
            Map<String, Object> inferred = rows.inferredValues(row);
            for (int c = 0; c < inputNames.length; c++) {
                Object value;
                if (source >= 0) {
                    value = input.getColumn(c).get(source);
                    if (value != null && timeColumns.contains(inputNames[c])) {
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
            rowOfKey.put(outKey[p], p);
        }
        Series<?>[] series = new Series<?>[columns.length];
        for (int c = 0; c < columns.length; c++) {
            series[c] = Series.of(columns[c]);
        }
        DataFrame frame = DataFrame.byColumn(names.toArray(String[]::new)).of(series);
        return new Assembled(frame, outKey, outParent, outChildren, outDepth, outRoot, rowOfKey, summary);
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

    /** Reports a problem with one process key, for navigation errors. */
    static @Nullable Integer find(Map<String, Integer> rowOfKey, String key) {
        return rowOfKey.get(key);
    }
}
