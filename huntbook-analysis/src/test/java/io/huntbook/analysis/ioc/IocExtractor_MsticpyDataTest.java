package io.huntbook.analysis.ioc;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.core.table.Tables;
import io.huntbook.testing.ConformanceTest;
import io.huntbook.testing.TestData;
import java.util.ArrayList;
import java.util.List;
import org.dflib.DataFrame;
import org.junit.jupiter.api.Test;

/** MSTICPy's own process-event test data (4688 events with real attack command lines), in table mode. */
@ConformanceTest
class IocExtractor_MsticpyDataTest {
    @Test
    void commandLinesOfMsticpysProcessEventsYieldTheirIndicators() {
        DataFrame events = Tables.read(TestData.path("msticpy/data/processes_on_host.csv"));
        IocExtractor iocs = IocExtractor.builder().types("ipv4", "url", "dns", "windows_path").build();
        DataFrame found = iocs.extract(events, List.of("CommandLine", "NewProcessName"));
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < found.height(); r++) {
            String type = (String) found.getColumn("IoCType").get(r);
            String observable = (String) found.getColumn("Observable").get(r);
            rows.add(type + " " + observable);
            // Every observable is an indicator of its type on its own, and comes from its row's cell.
            assertThat(iocs.validate(observable, type)).as(observable).isTrue();
            assertThat((String) found.getColumn("Input").get(r)).contains(observable);
        }
        assertThat(rows).contains("url http://127.0.0.1/", "ipv4 127.0.0.1", "url http://badguyserver/pwnme",
                "url http://server/file.sct",
                "windows_path C:\\Program Files\\Microsoft Monitoring Agent\\Agent\\Health Service State"
                        + "\\CT_602681692\\NativeDSC\\DesiredStateConfiguration\\ASMHost.exe");
        // An intranet host is a URL's host but not a domain: no public suffix.
        assertThat(rows).doesNotContain("dns badguyserver");
    }
}
