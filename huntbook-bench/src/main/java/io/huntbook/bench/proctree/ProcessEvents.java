package io.huntbook.bench.proctree;

import java.time.Instant;
import java.util.SplittableRandom;
import org.dflib.DataFrame;
import org.dflib.Series;

/**
 * A deterministic in-memory frame of Windows 4688-style events with typed columns (as {@code Tables.read} gives
 * them): process trees of realistic shape, process ids reused as Windows reuses them, parents sometimes missing.
 */
public final class ProcessEvents {
    private ProcessEvents() {}

    private static final String[] NAMES = {"C:\\Windows\\System32\\svchost.exe", "C:\\Windows\\System32\\cmd.exe",
        "C:\\Windows\\System32\\conhost.exe", "C:\\Windows\\explorer.exe", "C:\\Program Files\\App\\app.exe",
        "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe", "C:\\Windows\\System32\\rundll32.exe",
        "C:\\Windows\\System32\\taskhostw.exe", "C:\\Windows\\System32\\wbem\\WmiPrvSE.exe",
        "C:\\Windows\\System32\\services.exe", "C:\\Windows\\System32\\reg.exe", "C:\\Windows\\System32\\net.exe"};

    public static final String[] COLUMNS = {"TimeGenerated", "EventID", "Computer", "NewProcessName", "NewProcessId",
        "ProcessId", "ParentProcessName", "SubjectLogonId", "TargetLogonId", "CommandLine"};

    public static DataFrame generate(int events, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Object[] time = new Object[events];
        Object[] eventId = new Object[events];
        Object[] host = new Object[events];
        Object[] name = new Object[events];
        Object[] pid = new Object[events];
        Object[] ppid = new Object[events];
        Object[] parentName = new Object[events];
        Object[] logon = new Object[events];
        Object[] target = new Object[events];
        Object[] cmd = new Object[events];
        int[] depth = new int[events];
        long start = Instant.parse("2024-05-01T00:00:00Z").toEpochMilli();
        for (int i = 0; i < events; i++) {
            time[i] = Instant.ofEpochMilli(start + i * 7L + random.nextInt(5));
            eventId[i] = 4688L;
            host[i] = "HOST" + (i % 8);
            String exe = NAMES[random.nextInt(NAMES.length)];
            name[i] = exe;
            pid[i] = (long) (4 * (1 + (i * 7919L) % 65_000));
            if (i < 100 || random.nextInt(100) == 0) {
                ppid[i] = (long) (4 * (1 + random.nextInt(65_000)));
                parentName[i] = NAMES[random.nextInt(NAMES.length)];
            } else {
                // a recent process, unless that would make the tree deeper than real ones get
                int parent = i - 1 - random.nextInt(Math.min(i, 2_000));
                if (depth[parent] >= 12) {
                    parent = i - 1 - random.nextInt(Math.min(i, 50));
                    while (depth[parent] >= 12) {
                        parent--;
                    }
                }
                depth[i] = depth[parent] + 1;
                ppid[i] = pid[parent];
                parentName[i] = name[parent];
            }
            logon[i] = "0x" + Integer.toHexString(0x3e7 + random.nextInt(64));
            target[i] = random.nextInt(10) == 0 ? "0x" + Integer.toHexString(0x10000 + random.nextInt(64)) : "0x0";
            cmd[i] = exe + " /c step " + i;
        }
        Object[][] columns = {time, eventId, host, name, pid, ppid, parentName, logon, target, cmd};
        Series<?>[] series = new Series<?>[columns.length];
        for (int c = 0; c < columns.length; c++) {
            series[c] = Series.of(columns[c]);
        }
        return DataFrame.byColumn(COLUMNS).of(series);
    }
}
