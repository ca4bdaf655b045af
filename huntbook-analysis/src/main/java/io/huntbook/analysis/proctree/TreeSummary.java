package io.huntbook.analysis.proctree;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * MSTICPy's {@code get_summary_info}: counts of processes and of roots, leaves, branches and isolated processes
 * (roots without children), and the depth of the deepest tree (a root alone is depth 1).
 */
public record TreeSummary(int processes, int rootProcesses, int leafProcesses, int branchProcesses,
        int isolatedProcesses, int largestTreeDepth) {

    /** With MSTICPy's keys, in its order. */
    public Map<String, Integer> toMap() {
        Map<String, Integer> map = new LinkedHashMap<>();
        map.put("Processes", processes);
        map.put("RootProcesses", rootProcesses);
        map.put("LeafProcesses", leafProcesses);
        map.put("BranchProcesses", branchProcesses);
        map.put("IsolatedProcesses", isolatedProcesses);
        map.put("LargestTreeDepth", largestTreeDepth);
        return map;
    }
}
