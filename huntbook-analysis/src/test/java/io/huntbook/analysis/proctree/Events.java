package io.huntbook.analysis.proctree;

import org.dflib.DataFrame;
import org.dflib.builder.DataFrameArrayAppender;

/** Small in-memory event tables for the default suite. */
final class Events {
    private Events() {}

    static final String[] WINDOWS = {"TimeGenerated", "EventID", "Computer", "NewProcessName", "NewProcessId",
        "ProcessId", "ParentProcessName", "SubjectLogonId", "TargetLogonId", "CommandLine", "SubjectUserSid"};

    /** Windows 4688 rows: time, new name, new pid, parent pid, parent name, subject logon, target logon. */
    static DataFrame windows(Object[]... rows) {
        DataFrameArrayAppender appender = DataFrame.byArrayRow(WINDOWS).appender();
        for (Object[] row : rows) {
            appender.append("2024-05-01 10:00:" + row[0], 4688, "HOST1", row[1], row[2], row[3], row[4], row[5],
                    row[6], row[1] + " /run", "S-1-5-18");
        }
        return appender.toDataFrame();
    }

    static Object[] row(Object... values) {
        return values;
    }
}
