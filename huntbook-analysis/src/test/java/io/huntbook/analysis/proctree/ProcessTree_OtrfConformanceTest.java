package io.huntbook.analysis.proctree;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.core.table.Tables;
import io.huntbook.testing.ConformanceTest;
import io.huntbook.testing.TestData;
import org.dflib.DataFrame;
import org.junit.jupiter.api.Test;

/** OTRF Security-Datasets archives: Sysmon 1 and 4688 events as those datasets write them. */
@ConformanceTest
class ProcessTree_OtrfConformanceTest {

    @Test
    void psexecSysmonEventsGiveTheRemoteExecutionChain() {
        DataFrame events = Tables.read(TestData.path("otrf/cmd_psexec_lsa_secrets_dump.zip"));
        ProcessTree tree = ProcessTree.build(events);

        assertThat(tree.schema()).isEqualTo(ProcSchema.SYSMON_1_OTRF);
        String conhost = keyOf(tree, "c:\\windows\\system32\\conhost.exe|8964|");
        assertThat(tree.ancestors(conhost).getColumn("Image").toList()).containsExactly(
                "C:\\Windows\\System32\\services.exe", "C:\\Windows\\PSEXESVC.exe", "C:\\Windows\\System32\\reg.exe");
        String psexec = keyOf(tree, "c:\\users\\wardog\\downloads\\pstools\\psexec.exe|7256|");
        assertThat(tree.parent(psexec).getColumn("Image").toList()).containsExactly("C:\\Windows\\System32\\cmd.exe");
    }

    @Test
    void securityEvents4688AreBuiltWithHexIds() {
        DataFrame events = Tables.read(TestData.path("otrf/cmd_psexec_lsa_secrets_dump.zip"));
        ProcessTree tree = ProcessTree.build(events, ProcSchema.fromMap(java.util.Map.of("process_name",
                "NewProcessName", "process_id", "NewProcessId", "parent_id", "ProcessId", "parent_name",
                "ParentProcessName", "time_stamp", "TimeCreated", "event_id_column", "EventID",
                "event_id_identifier", "4688", "logon_id", "SubjectLogonId", "target_logon_id", "TargetLogonId")));

        String reg = keyOf(tree, "c:\\windows\\system32\\reg.exe|0x338|");
        assertThat(tree.parent(reg).getColumn("NewProcessName").toList())
                .containsExactly("C:\\Windows\\PSEXESVC.exe");
        assertThat(tree.summary().processes()).isEqualTo(tree.frame().height());
    }

    @Test
    void everyArchiveBuildsWithTheInferredSchema() {
        for (String name : new String[] {"otrf/cmd_psexec_lsa_secrets_dump.zip",
            "otrf/empire_persistence_registry_modification_run_keys_standard_user.zip",
            "otrf/purplesharp_ad_playbook_I.zip"}) {
            DataFrame events = Tables.read(TestData.path(name));
            ProcessTree tree = ProcessTree.build(events);
            TreeSummary summary = tree.summary();
            assertThat(summary.processes()).as(name).isPositive();
            assertThat(summary.rootProcesses() + summary.branchProcesses() + summary.leafProcesses()
                    - summary.isolatedProcesses()).as(name).isEqualTo(summary.processes());
            assertThat(tree.warnings()).as(name).isEmpty();
        }
    }

    private static String keyOf(ProcessTree tree, String prefix) {
        var keys = tree.frame().getColumn("proc_key");
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i).toString().startsWith(prefix)) {
                return keys.get(i).toString();
            }
        }
        throw new AssertionError("no process key starts with " + prefix + " in " + keys.toList());
    }
}
