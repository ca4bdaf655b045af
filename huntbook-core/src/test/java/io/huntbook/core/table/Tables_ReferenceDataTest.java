package io.huntbook.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.testing.ConformanceTest;
import io.huntbook.testing.TestData;
import java.time.Instant;
import org.dflib.DataFrame;
import org.junit.jupiter.api.Test;

/** The real exports MSTICPy and OTRF ship read with the right shapes and types. */
@ConformanceTest
class Tables_ReferenceDataTest {
    @Test
    void volatilityPstreeExport() {
        DataFrame frame = Tables.read(TestData.path("msticpy/data/winproctree-minimal.csv"),
                ReadOptions.defaults().withIdColumns("PID", "PPID"));
        assertThat(frame.height()).isEqualTo(116); // as Python's csv module counts them
        assertThat(frame.getColumn("PID").get(0)).isEqualTo(4L);
        assertThat(frame.getColumn("CreateTime").get(0)).isEqualTo(Instant.parse("2021-04-01T05:04:58Z"));
        assertThat(frame.getColumn("Wow64").get(0)).isEqualTo(false);
    }

    @Test
    void pandasExportWithRowIndexAndHexProcessIds() {
        DataFrame frame = Tables.read(TestData.path("msticpy/data/processes_on_host.csv"),
                ReadOptions.defaults().withIdColumns("NewProcessId", "ProcessId"));
        assertThat(frame.getColumnsIndex().toArray()[0]).isEqualTo("TenantId");
        assertThat(frame.getColumn("NewProcessId").get(0)).isEqualTo(0x1610L);
        assertThat(frame.getColumn("TimeGenerated").get(0)).isEqualTo(Instant.parse("2019-01-15T05:24:24.010Z"));
        assertThat(frame.getColumn("EventID").get(0)).isEqualTo(4688L);
    }

    @Test
    void timeSeriesWithBomAndQuotedNumbers() {
        DataFrame frame = Tables.read(TestData.path("msticpy/data/time_series.csv"));
        assertThat(frame.getColumnsIndex().toArray()[0]).isEqualTo("TimeGenerated");
        assertThat(frame.getColumn("TimeGenerated").get(0)).isEqualTo(Instant.parse("2019-05-01T06:00:00Z"));
        assertThat(frame.getColumn("score").get(0)).isEqualTo(0.22477580533770974);
    }

    @Test
    void mdeProcessesWithIntegralFloatIds() {
        DataFrame frame = Tables.read(TestData.path("msticpy/data/mde_proc_cs1.csv"),
                ReadOptions.defaults().withIdColumns("CreatedProcessId"));
        assertThat(frame.height()).isGreaterThan(1000);
        assertThat(frame.getColumn("CreatedProcessId").get(0)).isInstanceOf(Long.class);
    }

    @Test
    void otrfDatasetArchive() {
        DataFrame frame = Tables.read(TestData.path("otrf/cmd_psexec_lsa_secrets_dump.zip"));
        assertThat(frame.height()).isGreaterThan(100);
        assertThat(frame.getColumn("EventID").get(0)).isEqualTo(1102L);
        assertThat(frame.getColumn("TimeCreated").get(0)).isEqualTo(Instant.parse("2020-10-19T03:30:41.104Z"));
    }
}
