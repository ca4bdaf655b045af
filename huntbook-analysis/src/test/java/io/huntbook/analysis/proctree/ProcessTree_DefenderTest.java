package io.huntbook.analysis.proctree;

import static org.assertj.core.api.Assertions.assertThat;

import org.dflib.DataFrame;
import org.junit.jupiter.api.Test;

class ProcessTree_DefenderTest {
    private static final String[] COLUMNS = {"CreatedProcessName", "CreatedProcessId", "CreatedProcessCreationTime",
        "CreatedProcessCommandLine", "InitiatingProcessName", "InitiatingProcessId", "InitiatingProcessCreationTime",
        "InitiatingProcessParentProcessName", "InitiatingProcessParentProcessId",
        "InitiatingProcessParentCreationTime", "InitiatingProcessImageFilePath", "CreatedProcessParentId",
        "CreatedProcessParentName", "CreatedProcessParentCreationTimeUtc"};

    @Test
    void initiatingProcessesAndTheirParentsAreInferred() {
        DataFrame events = DataFrame.byArrayRow(COLUMNS).appender()
                .append("mshta.exe", 7948L, "2021-06-23 03:08:14.269528900+00:00", "mshta x", "cmd.exe", 6844L,
                        "2021-06-23 03:08:14.146601200+00:00", "\\Device\\X\\WinRAR.exe", 9016L,
                        "2021-06-23 03:08:00.312815800+00:00", "C:\\Windows\\System32", 6844L,
                        "\\Device\\X\\cmd.exe", "2021-06-23 03:08:14.146601200+00:00")
                .append("conhost.exe", 17132L, "2021-06-23 03:08:14.159814200+00:00", "conhost", "cmd.exe", 6844L,
                        "2021-06-23 03:08:14.146601200+00:00", "\\Device\\X\\WinRAR.exe", 9016L,
                        "2021-06-23 03:08:00.312815800+00:00", "C:\\Windows\\System32", 6844L,
                        "\\Device\\X\\cmd.exe", "2021-06-23 03:08:14.146601200+00:00")
                .append("whoami.exe", 100L, "2021-06-23 03:08:15.000000000+00:00", "whoami", "mshta.exe", 7948L,
                        "2021-06-23 03:08:14.269528900+00:00", "\\Device\\X\\cmd.exe", 6844L,
                        "2021-06-23 03:08:14.146601200+00:00", "C:\\Windows\\System32", 7948L,
                        "\\Device\\X\\mshta.exe", "2021-06-23 03:08:14.269528900+00:00")
                .toDataFrame();

        ProcessTree tree = ProcessTree.build(events, ProcSchema.MDE_INTERNAL);

        assertThat(tree.summary()).isEqualTo(new TreeSummary(5, 1, 2, 2, 0, 4));
        assertThat(tree.frame().getColumn("proc_key").toList()).containsExactly(
                "winrar.exe|9016|2021-06-23 03:08:00.312820",
                "cmd.exe|6844|2021-06-23 03:08:14.146600",
                "mshta.exe|7948|2021-06-23 03:08:14.269530",
                "whoami.exe|100|2021-06-23 03:08:15.000000",
                "conhost.exe|17132|2021-06-23 03:08:14.159810");
        // the inferred cmd.exe takes its parent's id from InitiatingProcessParentProcessId
        assertThat(tree.frame().getColumn("CreatedProcessParentId").get(1)).isEqualTo(9016L);
        assertThat(tree.frame().getColumn("CreatedProcessParentName").get(1)).isEqualTo("\\Device\\X\\WinRAR.exe");
    }
}
