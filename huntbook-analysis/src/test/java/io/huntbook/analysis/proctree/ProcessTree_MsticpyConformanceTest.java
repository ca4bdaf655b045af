package io.huntbook.analysis.proctree;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.core.table.Tables;
import io.huntbook.testing.ConformanceTest;
import io.huntbook.testing.TestData;
import java.util.Map;
import org.dflib.DataFrame;
import org.junit.jupiter.api.Test;

/** The known answers of MSTICPy's own test suite, on its own test data. */
@ConformanceTest
class ProcessTree_MsticpyConformanceTest {

    @Test
    void volatilityPstreeWithAColumnMap() {
        DataFrame events = Tables.read(TestData.path("msticpy/data/winproctree-minimal.csv"));
        ProcSchema schema = ProcSchema.fromMap(Map.of("process_name", "ImageFileName", "process_id", "PID",
                "parent_id", "PPID", "time_stamp", "CreateTime"));

        ProcessTree tree = ProcessTree.build(events, schema);

        assertThat(tree.summary()).isEqualTo(new TreeSummary(126, 10, 97, 19, 0, 7));
        assertThat(tree.roots().getColumn("ImageFileName").toList()).containsOnly("unknown");
        // wininit.exe's services.exe's svchost.exe (928) runs wsmprovhost.exe -> PSclient.exe -> conhost.exe
        String conhost = key(tree, "conhost.exe|3064|");
        assertThat(tree.ancestors(conhost).getColumn("ImageFileName").toList()).containsExactly("unknown",
                "wininit.exe", "services.exe", "svchost.exe", "wsmprovhost.ex", "PSclient.exe");
    }

    @Test
    void defenderInternalColumns() {
        DataFrame events = Tables.read(TestData.path("msticpy/data/mde_proc_cs1.csv"));

        ProcessTree tree = ProcessTree.build(events, ProcSchema.MDE_INTERNAL);

        assertThat(tree.summary()).isEqualTo(new TreeSummary(1642, 9, 1177, 456, 0, 16));
    }

    @Test
    void defenderInternalColumnsAreInferred() {
        DataFrame events = Tables.read(TestData.path("msticpy/data/mde_proc_cs1.csv"));
        assertThat(ProcessTree.inferSchema(events)).isEqualTo(ProcSchema.MDE_INTERNAL);
    }

    @Test
    void windowsSecurityEventsAreInferredAndBuilt() {
        DataFrame events = Tables.read(TestData.path("msticpy/data/processes_on_host.csv"));
        ProcessTree tree = ProcessTree.build(events);
        assertThat(tree.schema()).isEqualTo(ProcSchema.WINDOWS_4688);
        TreeSummary summary = tree.summary();
        assertThat(summary.processes()).isGreaterThan(events.height() - 1);
        assertThat(summary.rootProcesses() + summary.branchProcesses() + summary.leafProcesses()
                - summary.isolatedProcesses()).isEqualTo(summary.processes());
    }

    private static String key(ProcessTree tree, String prefix) {
        var keys = tree.frame().getColumn("proc_key");
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).toString().startsWith(prefix)) {
                return keys.get(i).toString();
            }
        }
        throw new AssertionError("no process key starts with " + prefix);
    }
}
