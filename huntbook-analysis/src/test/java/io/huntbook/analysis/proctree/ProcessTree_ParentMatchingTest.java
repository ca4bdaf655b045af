package io.huntbook.analysis.proctree;

import static io.huntbook.analysis.proctree.Events.row;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.dflib.DataFrame;
import org.junit.jupiter.api.Test;

class ProcessTree_ParentMatchingTest {

    @Test
    void parentIsTheLatestCreationOfItsIdAtOrBeforeTheChild() {
        DataFrame events = Events.windows(
                row("00", "C:\\w\\explorer.exe", "0x64", "0x4", "C:\\w\\userinit.exe", "0x3e7", "0x0"),
                row("05", "C:\\w\\cmd.exe", "0x200", "0x64", "C:\\W\\EXPLORER.EXE", "0x3e7", "0x0"),
                // pid 0x64 is reused by another program later; the next child belongs to the newer one
                row("10", "C:\\w\\explorer.exe", "0x64", "0x4", "C:\\w\\userinit.exe", "0x3e7", "0x0"),
                row("15", "C:\\w\\notepad.exe", "0x300", "0x64", "C:\\w\\explorer.exe", "0x3e7", "0x0"),
                // same parent id, but another parent name: not explorer's child
                row("20", "C:\\w\\calc.exe", "0x400", "0x64", "C:\\w\\svchost.exe", "0x3e7", "0x0"));

        ProcessTree tree = ProcessTree.build(events, ProcSchema.WINDOWS_4688);

        assertThat(parentKeyOf(tree, "c:\\w\\cmd.exe")).isEqualTo("c:\\w\\explorer.exe|0x64|2024-05-01 10:00:00.000000");
        assertThat(parentKeyOf(tree, "c:\\w\\notepad.exe")).isEqualTo(
                "c:\\w\\explorer.exe|0x64|2024-05-01 10:00:10.000000");
        assertThat(parentKeyOf(tree, "c:\\w\\calc.exe")).isEqualTo("c:\\w\\svchost.exe|0x64|1970-01-01 00:00:00.000000");
    }

    @Test
    void missingParentsBecomeInferredRootRows() {
        DataFrame events = Events.windows(
                row("00", "C:\\w\\cmd.exe", "0x10", "0x4", "C:\\w\\services.exe", "0x3e7", "0x0"),
                row("01", "C:\\w\\ping.exe", "0x11", "0x4", "C:\\w\\services.exe", "0x3e7", "0x0"));

        ProcessTree tree = ProcessTree.build(events, ProcSchema.WINDOWS_4688);

        DataFrame roots = tree.roots();
        assertThat(roots.height()).isEqualTo(1);
        assertThat(roots.getColumn("NewProcessName").get(0)).isEqualTo("C:\\w\\services.exe");
        assertThat(roots.getColumn("NewProcessId").get(0)).isEqualTo("0x4");
        assertThat(roots.getColumn("TimeGenerated").get(0)).isEqualTo(Instant.EPOCH);
        assertThat(roots.getColumn("Computer").get(0)).isEqualTo("HOST1");
        assertThat(tree.summary()).isEqualTo(new TreeSummary(3, 1, 2, 0, 0, 2));
    }

    @Test
    void effectiveLogonIdIsTheTargetLogonIdWhenThereIsOne() {
        DataFrame events = Events.windows(
                row("00", "C:\\w\\a.exe", "0x10", "0x4", "C:\\w\\s.exe", "0x3e7", "0x0"),
                row("01", "C:\\w\\b.exe", "0x11", "0x4", "C:\\w\\s.exe", "0x3e7", "0x5f5e1"));
        DataFrame frame = ProcessTree.build(events, ProcSchema.WINDOWS_4688).frame();
        Map<Object, Object> logonByName = new java.util.HashMap<>();
        for (int r = 0; r < frame.height(); r++) {
            logonByName.put(frame.getColumn("NewProcessName").get(r), frame.getColumn("EffectiveLogonId").get(r));
        }
        assertThat(logonByName).containsEntry("C:\\w\\a.exe", "0x3e7").containsEntry("C:\\w\\b.exe", "0x5f5e1");
    }

    @Test
    void idsMatchWhetherDecimalHexOrIntegralFloat() {
        DataFrame events = DataFrame.byArrayRow("pid", "ppid", "name", "ts").appender()
                .append(100L, 1L, "init", "2024-01-01T00:00:00Z")
                .append("0x65", "0x64", "child", "2024-01-01T00:00:01Z")
                .append(102.0, "101.0", "grandchild", "2024-01-01T00:00:02Z")
                .toDataFrame();
        ProcSchema schema = ProcSchema.fromMap(Map.of("process_id", "pid", "parent_id", "ppid", "process_name", "name",
                "time_stamp", "ts"));

        ProcessTree tree = ProcessTree.build(events, schema);

        assertThat(tree.summary().largestTreeDepth()).isEqualTo(4);
        assertThat(tree.summary().rootProcesses()).isEqualTo(1);
        assertThat(tree.frame().getColumn("proc_key").toList()).contains("grandchild|102|2024-01-01 00:00:02.000000");
    }

    @Test
    void withoutAParentNameInferredParentsAreUnknown() {
        DataFrame events = DataFrame.byArrayRow("TimeGenerated", "EventType", "pid", "ppid", "exe", "cmdline")
                .appender()
                .append("2024-01-01 00:00:01", "SYSCALL_EXECVE", 20L, 10L, "/bin/bash", "bash")
                .append("2024-01-01 00:00:02", "SYSCALL_EXECVE", 21L, 20L, "/usr/bin/id", "id")
                .append("2024-01-01 00:00:03", "SYSCALL_OTHER", 22L, 20L, "/usr/bin/ls", "ls")
                .toDataFrame();

        ProcessTree tree = ProcessTree.build(events, ProcSchema.LINUX_AUDITD);

        assertThat(tree.summary()).isEqualTo(new TreeSummary(3, 1, 1, 1, 0, 3));
        assertThat(tree.roots().getColumn("exe").get(0)).isEqualTo("unknown");
        assertThat(tree.frame().getColumn("path").toList()).containsExactly("2", "2/0", "2/0/1");
    }

    @Test
    void exactDuplicateEventsCountOnce() {
        Object[] event = row("00", "C:\\w\\a.exe", "0x10", "0x4", "C:\\w\\s.exe", "0x3e7", "0x0");
        ProcessTree tree = ProcessTree.build(Events.windows(event, event), ProcSchema.WINDOWS_4688);
        assertThat(tree.summary().processes()).isEqualTo(2);
    }

    private static String parentKeyOf(ProcessTree tree, String keyPrefix) {
        DataFrame frame = tree.frame();
        for (int r = 0; r < frame.height(); r++) {
            if (frame.getColumn("proc_key").get(r).toString().startsWith(keyPrefix + "|")) {
                return (String) frame.getColumn("parent_key").get(r);
            }
        }
        throw new AssertionError("no process " + keyPrefix);
    }
}
