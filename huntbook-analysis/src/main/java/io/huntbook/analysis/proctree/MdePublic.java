package io.huntbook.analysis.proctree;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dflib.DataFrame;
import org.dflib.Series;

/**
 * Defender's public {@code DeviceProcessEvents} columns renamed to the internal ones, as MSTICPy's
 * {@code convert_mde_schema_to_internal} does, so one builder serves both.
 */
final class MdePublic {
    private MdePublic() {}

    private static final Map<String, String> RENAME = new LinkedHashMap<>();

    static {
        String[] pairs = {
            "AccountDomain", "CreatedProcessAccountDomainName", "AccountName", "CreatedProcessAccountName",
            "AccountSid", "CreatedProcessAccountSid", "DeviceId", "MachineId", "DeviceName", "ComputerDnsName",
            "FileName", "CreatedProcessName", "FolderPath", "CreatedProcessFilePath",
            "InitiatingProcessAccountDomain", "InitiatingProcessAccountDomainName",
            "InitiatingProcessCommandLine", "Process_CommandLine", "InitiatingProcessFileName", "InitiatingProcessName",
            "InitiatingProcessFolderPath", "InitiatingProcessImageFilePath", "InitiatingProcessMD5",
            "InitiatingProcessImageMd5", "InitiatingProcessParentFileName", "InitiatingProcessParentProcessName",
            "InitiatingProcessParentId", "InitiatingProcessParentProcessId", "InitiatingProcessSHA1",
            "InitiatingProcessImageSha1", "InitiatingProcessSHA256", "InitiatingProcessImageSha256",
            "InitiatingProcessTokenElevation", "InitiatingProcessTokenElevationType", "MD5", "CreatedProcessFileMd5",
            "ProcessCommandLine", "CreatedProcessCommandLine", "ProcessCreationTime", "CreatedProcessCreationTime",
            "ProcessId", "CreatedProcessId", "ProcessIntegrityLevel", "CreatedProcessIntegrityLevel",
            "ProcessTokenElevation", "CreatedProcessTokenElevationType", "SHA1", "CreatedProcessFileSha1", "SHA256",
            "CreatedProcessFileSha256"};
        for (int i = 0; i < pairs.length; i += 2) {
            RENAME.put(pairs[i], pairs[i + 1]);
        }
    }

    static DataFrame toInternal(DataFrame events, ProcSchema schema) {
        new EventColumns(events, schema, List.of(schema.processName(), schema.processId(), schema.timeStamp(),
                "InitiatingProcessFileName", "InitiatingProcessId", "InitiatingProcessCreationTime"));
        int height = events.height();
        Map<String, Object[]> columns = new LinkedHashMap<>();
        for (String name : events.getColumnsIndex().toArray()) {
            if (name.equals("ProcessCreationTime")) {
                continue;
            }
            columns.put(name, toArray(events.getColumn(name)));
        }
        // MSTICPy takes the event's time stamp as the creation time, and the epoch where times are missing.
        columns.put("ProcessCreationTime", withDefault(columns.get(schema.timeStamp()), Instant.EPOCH));
        columns.put("InitiatingProcessCreationTime", withDefault(columns.get("InitiatingProcessCreationTime"),
                Instant.EPOCH));
        if (columns.containsKey("InitiatingProcessParentCreationTime")) {
            columns.put("InitiatingProcessParentCreationTime",
                    withDefault(columns.get("InitiatingProcessParentCreationTime"), Instant.EPOCH));
        }
        columns.put("CreatedProcessParentId", columns.get(schema.parentId()).clone());
        if (schema.parentName() != null && columns.containsKey(schema.parentName())) {
            Object[] parents = columns.get(schema.parentName());
            for (int r = 0; r < height; r++) {
                if (parents[r] == null || parents[r].toString().isEmpty()) {
                    parents[r] = "unknown";
                }
            }
        }
        Object[] folders = columns.get("InitiatingProcessFolderPath");
        if (folders != null) {
            for (int r = 0; r < height; r++) {
                if (folders[r] != null) {
                    String path = folders[r].toString();
                    int cut = path.lastIndexOf('\\');
                    folders[r] = cut < 0 ? path : path.substring(0, cut);
                }
            }
        }
        List<String> names = new ArrayList<>();
        List<Series<?>> series = new ArrayList<>();
        for (var column : columns.entrySet()) {
            String renamed = RENAME.getOrDefault(column.getKey(), column.getKey());
            if (names.contains(renamed)) {
                continue;
            }
            names.add(renamed);
            series.add(Series.of(column.getValue()));
        }
        return DataFrame.byColumn(names.toArray(String[]::new)).ofIterable(series);
    }

    private static Object[] toArray(Series<?> column) {
        Object[] values = new Object[column.size()];
        for (int r = 0; r < values.length; r++) {
            values[r] = column.get(r);
        }
        return values;
    }

    private static Object[] withDefault(Object[] values, Object fallback) {
        Object[] out = values.clone();
        for (int r = 0; r < out.length; r++) {
            if (out[r] == null || Values.instant(out[r]) == null) {
                out[r] = fallback;
            }
        }
        return out;
    }
}
