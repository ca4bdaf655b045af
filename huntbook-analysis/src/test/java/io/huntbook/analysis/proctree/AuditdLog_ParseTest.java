package io.huntbook.analysis.proctree;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.Instant;
import org.dflib.DataFrame;
import org.junit.jupiter.api.Test;

class AuditdLog_ParseTest {
    private static final String LOG = """
            type=SYSCALL msg=audit(1551487424.869:752): arch=c000003e syscall=59 success=yes exit=0 ppid=1305 pid=19197 auid=4294967295 uid=0 ses=4294967295 comm="sh" exe="/bin/dash" key=(null)
            type=EXECVE msg=audit(1551487424.869:752): argc=3 a0="/bin/sh" a1="-c" a2=69707461626C6573202D2D76657273696F6E
            type=CWD msg=audit(1551487424.869:752): cwd="/root"
            type=USER_LOGIN msg=audit(1551487425.000:760): pid=1 uid=0 res=failed
            type=SYSCALL msg=audit(1551487424.901:753): arch=c000003e syscall=59 success=yes exit=0 ppid=19197 pid=19198 auid=4294967295 uid=0 ses=4294967295 comm="iptables" exe="/sbin/xtables-multi" key=(null)
            type=EXECVE msg=audit(1551487424.901:753): argc=2 a0="iptables" a1="--version"
            garbage line without a header
            """;

    @Test
    void execveEventsBecomeRowsWithDecodedArguments() throws Exception {
        DataFrame rows = AuditdLog.parse(new BufferedReader(new StringReader(LOG)));

        assertThat(rows.height()).isEqualTo(2);
        assertThat(rows.getColumn("cmdline").toList()).containsExactly("/bin/sh -c iptables --version",
                "iptables --version");
        assertThat(rows.getColumn("exe").get(0)).isEqualTo("/bin/dash");
        assertThat(rows.getColumn("cwd").get(0)).isEqualTo("/root");
        assertThat(rows.getColumn("TimeGenerated").get(0)).isEqualTo(Instant.parse("2019-03-02T00:43:44.869Z"));
    }

    @Test
    void rowsBuildALinuxTree() throws Exception {
        DataFrame rows = AuditdLog.parse(new BufferedReader(new StringReader(LOG)));
        ProcessTree tree = ProcessTree.build(rows);
        assertThat(tree.schema()).isEqualTo(ProcSchema.LINUX_AUDITD);
        assertThat(tree.summary()).isEqualTo(new TreeSummary(3, 1, 1, 1, 0, 3));
    }
}
