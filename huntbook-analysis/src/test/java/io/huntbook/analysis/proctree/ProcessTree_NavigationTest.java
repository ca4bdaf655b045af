package io.huntbook.analysis.proctree;

import static io.huntbook.analysis.proctree.Events.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.core.BadInputException;
import org.dflib.DataFrame;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ProcessTree_NavigationTest {
    private ProcessTree tree;

    /** services -> svchost -> {cmd -> {ping, whoami}, taskhost}; one more tree under an unknown wininit. */
    @BeforeEach
    void build() {
        tree = ProcessTree.build(Events.windows(
                row("00", "services.exe", "0x10", "0x4", "wininit.exe", "0x3e7", "0x0"),
                row("01", "svchost.exe", "0x20", "0x10", "services.exe", "0x3e7", "0x0"),
                row("02", "cmd.exe", "0x30", "0x20", "svchost.exe", "0x3e7", "0x0"),
                row("03", "ping.exe", "0x40", "0x30", "cmd.exe", "0x3e7", "0x0"),
                row("04", "whoami.exe", "0x41", "0x30", "cmd.exe", "0x3e7", "0x0"),
                row("05", "taskhost.exe", "0x50", "0x20", "svchost.exe", "0x3e7", "0x0"),
                row("06", "lonely.exe", "0x60", "0x99", "gone.exe", "0x3e7", "0x0")), ProcSchema.WINDOWS_4688);
    }

    @Test
    void summaryHasMsticpysKeys() {
        assertThat(tree.summary().toMap()).containsExactly(
                java.util.Map.entry("Processes", 9), java.util.Map.entry("RootProcesses", 2),
                java.util.Map.entry("LeafProcesses", 4), java.util.Map.entry("BranchProcesses", 3),
                java.util.Map.entry("IsolatedProcesses", 0), java.util.Map.entry("LargestTreeDepth", 5));
    }

    @Test
    void framesHaveTheTreeColumnsAndEachTreeIsContiguous() {
        DataFrame frame = tree.frame();
        assertThat(frame.getColumnsIndex().toArray()).endsWith("EffectiveLogonId", "proc_key", "parent_key", "IsRoot",
                "IsLeaf", "IsBranch", "path", "parent_index", "depth", "source_index");
        assertThat(names(frame)).containsExactly("wininit.exe", "services.exe", "svchost.exe", "cmd.exe", "ping.exe",
                "whoami.exe", "taskhost.exe", "gone.exe", "lonely.exe");
        assertThat(frame.getColumn("depth").toList()).containsExactly(1, 2, 3, 4, 5, 5, 4, 1, 2);
    }

    @Test
    void navigationFollowsTheLinks() {
        String cmd = key("cmd.exe");
        assertThat(names(tree.children(cmd))).containsExactly("ping.exe", "whoami.exe");
        assertThat(names(tree.parent(cmd))).containsExactly("svchost.exe");
        assertThat(names(tree.ancestors(key("ping.exe")))).containsExactly("wininit.exe", "services.exe",
                "svchost.exe", "cmd.exe");
        assertThat(names(tree.siblings(cmd))).containsExactly("taskhost.exe");
        assertThat(names(tree.descendants(key("svchost.exe"), 1))).containsExactly("cmd.exe", "taskhost.exe");
        assertThat(names(tree.descendants(key("svchost.exe"), -1))).containsExactly("cmd.exe", "ping.exe",
                "whoami.exe", "taskhost.exe");
        assertThat(names(tree.rootTree(key("whoami.exe")))).containsExactly("wininit.exe", "services.exe",
                "svchost.exe", "cmd.exe", "ping.exe", "whoami.exe", "taskhost.exe");
        assertThat(names(tree.roots())).containsExactly("wininit.exe", "gone.exe");
        assertThat(tree.parent(key("wininit.exe")).height()).isZero();
    }

    @Test
    void unknownKeyIsAClearError() {
        assertThatThrownBy(() -> tree.children("nope|1|x")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("no process with key 'nope|1|x'");
    }

    @Test
    void textRenderingIndentsChildrenUnderTheirParents() {
        String text = tree.toText();
        assertThat(text).startsWith("+ Process: wininit.exe  PID: 0x4\n");
        assertThat(text).contains("\n   +-- Process: services.exe  PID: 0x10\n")
                .contains("\n            +-- Process: ping.exe  PID: 0x40\n")
                .contains("Cmdline: ping.exe /run");
    }

    @Test
    void processesThatAreEachOthersParentsAtOneTimeEndTheirDescendants() {
        // each started at the same second with the other's id as parent id: a cycle, no root above them
        tree = ProcessTree.build(Events.windows(
                row("00", "a.exe", "0x10", "0x20", "b.exe", "0x3e7", "0x0"),
                row("00", "b.exe", "0x20", "0x10", "a.exe", "0x3e7", "0x0")), ProcSchema.WINDOWS_4688);

        assertThat(names(tree.descendants(key("a.exe"), -1))).containsExactly("b.exe");
        assertThat(names(tree.rootTree(key("a.exe")))).containsExactlyInAnyOrder("a.exe", "b.exe");
        assertThat(tree.frame().getColumn("path").toList()).containsExactly("0", "1");
    }

    private String key(String name) {
        DataFrame frame = tree.frame();
        for (int r = 0; r < frame.height(); r++) {
            if (name.equals(frame.getColumn("NewProcessName").get(r))) {
                return tree.procKeyAt(r);
            }
        }
        throw new AssertionError(name);
    }

    private static java.util.List<Object> names(DataFrame frame) {
        return frame.getColumn("NewProcessName").toList();
    }
}
