package io.huntbook.analysis.proctree;

import static io.huntbook.analysis.proctree.Events.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.core.BadInputException;
import java.util.List;
import java.util.Map;
import org.dflib.DataFrame;
import org.junit.jupiter.api.Test;

class ProcSchema_InputTest {

    @Test
    void columnMapUsesMsticpysKeys() {
        ProcSchema schema = ProcSchema.fromMap(Map.of("process_name", "Image", "process_id", "Pid", "parent_id",
                "PPid", "time_stamp", "When", "host_name", "Host"));
        assertThat(schema.hostName()).isEqualTo("Host");
        assertThat(schema.toMap()).containsEntry("host_name_column", "Host").containsEntry("path_separator", "\\");
    }

    @Test
    void columnMapMistakesAreNamed() {
        assertThatThrownBy(() -> ProcSchema.fromMap(Map.of("process_nme", "x")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("unknown schema key 'process_nme'");
        assertThatThrownBy(() -> ProcSchema.fromMap(Map.of("process_name", "x", "process_id", "y")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("parent_id, time_stamp");
        assertThatThrownBy(() -> ProcSchema.named("windows"))
                .isInstanceOf(BadInputException.class).hasMessageContaining("windows-4688");
    }

    @Test
    void schemaIsInferredFromColumnOverlap() {
        assertThat(ProcSchema.infer(List.of(Events.WINDOWS))).contains(ProcSchema.WINDOWS_4688);
        assertThat(ProcSchema.infer(List.of("UtcTime", "Image", "ProcessId", "ParentProcessId", "ParentImage",
                "CommandLine", "EventID", "Hostname"))).contains(ProcSchema.SYSMON_1_OTRF);
        assertThat(ProcSchema.infer(List.of("a", "b", "c"))).isEmpty();
    }

    @Test
    void missingColumnsAreNamedWithTheColumnsThatExist() {
        DataFrame events = DataFrame.byArrayRow("Image", "ProcessId").appender().append("x", 1).toDataFrame();
        assertThatThrownBy(() -> ProcessTree.build(events, ProcSchema.SYSMON_1))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("no column ParentProcessId, UtcTime")
                .hasMessageContaining("its columns are: Image, ProcessId");
        assertThatThrownBy(() -> ProcessTree.build(events)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("no process-event schema fits the columns Image, ProcessId");
    }

    @Test
    void eventsWithoutATimeAreLeftOutWithAWarning() {
        DataFrame events = Events.windows(row("00", "a.exe", "0x10", "0x4", "s.exe", "0x1", "0x0"))
                .vConcat(DataFrame.byArrayRow(Events.WINDOWS).appender().append("not a time", 4688, "H", "b.exe",
                        "0x11", "0x4", "s.exe", "0x1", "0x0", "b", "S").toDataFrame());
        ProcessTree tree = ProcessTree.build(events, ProcSchema.WINDOWS_4688);
        assertThat(tree.summary().processes()).isEqualTo(2);
        assertThat(tree.warnings()).singleElement().asString().contains("1 event(s) without a readable time");
    }

    @Test
    void emptyTableGivesAnEmptyTree() {
        DataFrame events = DataFrame.empty(Events.WINDOWS);
        assertThat(ProcessTree.build(events, ProcSchema.WINDOWS_4688).summary())
                .isEqualTo(new TreeSummary(0, 0, 0, 0, 0, 0));
    }
}
