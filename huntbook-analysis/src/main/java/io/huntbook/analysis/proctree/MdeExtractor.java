package io.huntbook.analysis.proctree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dflib.DataFrame;
import org.dflib.Series;
import org.jspecify.annotations.Nullable;

/**
 * Defender (MDE) process events, by MSTICPy's rules ({@code proc_tree_build_mde}): each event names its
 * initiating process (the parent) with name, id and creation time, so parents are found by key:
 * {@code name|id|time}. Initiating processes that are not themselves events become inferred rows (their columns
 * renamed from {@code Initiating...} to {@code Created...}), and their own parents, taken from the
 * {@code InitiatingProcessParent...} columns, become inferred roots.
 */
final class MdeExtractor {
    private MdeExtractor() {}

    private static final Map<String, String> NON_STANDARD = Map.of(
            "InitiatingProcessImageCreationTimeUtc", "CreatedProcessFileCreationTime",
            "InitiatingProcessImageMd5", "CreatedProcessFileMd5",
            "InitiatingProcessImageFilePath", "CreatedProcessFilePath",
            "InitiatingProcessImageSha1", "CreatedProcessFileSha1",
            "InitiatingProcessImageSha256", "CreatedProcessFileSha256",
            "InitiatingProcessImageFileSizeInBytes", "CreatedProcessFileSize",
            "InitiatingProcessParentProcessId", "CreatedProcessParentId",
            "InitiatingProcessParentProcessName", "CreatedProcessParentName",
            "InitiatingProcessParentCreationTime", "CreatedProcessParentCreationTimeUtc");

    static final List<String> REQUIRED = List.of("CreatedProcessName", "CreatedProcessId",
            "CreatedProcessCreationTime", "InitiatingProcessName", "InitiatingProcessId",
            "InitiatingProcessCreationTime");

    static Rows extract(DataFrame frame, ProcSchema schema, List<String> warnings) {
        EventColumns cols = new EventColumns(frame, schema, REQUIRED);
        Series<?> names = cols.column("CreatedProcessName");
        Series<?> ids = cols.column("CreatedProcessId");
        Series<?> times = cols.column("CreatedProcessCreationTime");
        Series<?> initNames = cols.column("InitiatingProcessName");
        Series<?> initIds = cols.column("InitiatingProcessId");
        Series<?> initTimes = cols.column("InitiatingProcessCreationTime");
        Series<?> grandIds = cols.optional("InitiatingProcessParentProcessId");
        Series<?> grandNames = cols.optional("InitiatingProcessParentProcessName");
        Series<?> grandTimes = cols.optional("InitiatingProcessParentCreationTime");
        Series<?> initPath = cols.optional("InitiatingProcessImageFilePath");
        Map<String, String> parentColumns = parentColumnMap(frame);

        Rows rows = new Rows();
        BitSet procKeys = new BitSet();
        List<Integer> missing = new ArrayList<>();
        int noKey = 0;
        for (int r = 0; r < frame.height(); r++) {
            Long time = Values.epochNanos(times.get(r));
            String key = key(names.get(r), ids.get(r), time);
            if (key == null) {
                noKey++;
                continue;
            }
            String parentKey = key(initNames.get(r), initIds.get(r), Values.epochNanos(initTimes.get(r)));
            int keyNumber = rows.key(key);
            rows.addEvent(r, time, keyNumber, parentKey == null ? -1 : rows.key(parentKey), null);
            procKeys.set(keyNumber);
        }
        if (noKey > 0) {
            warnings.add(noKey + " event(s) without a process name, id or readable creation time were left out");
        }
        int events = rows.size();
        for (int row = 0; row < events; row++) {
            int parentKey = rows.parentKey(row);
            if (parentKey >= 0 && !procKeys.get(parentKey)) {
                missing.add(row);
            }
        }
        // Inferred parents, in order of their creation time (MSTICPy sorts them so), one per key.
        missing.sort((a, b) -> Long.compare(initTime(initTimes, rows.source(a)), initTime(initTimes, rows.source(b))));
        for (int row : missing) {
            int key = rows.parentKey(row);
            if (procKeys.get(key)) {
                continue;
            }
            procKeys.set(key);
            int r = rows.source(row);
            Map<String, Object> values = new LinkedHashMap<>();
            for (var mapping : parentColumns.entrySet()) {
                Object value = frame.getColumn(mapping.getKey()).get(r);
                if (value != null) {
                    values.put(mapping.getValue(), value);
                }
            }
            if (initPath != null && initPath.get(r) != null) {
                values.put("CreatedProcessFilePath", initPath.get(r) + "\\" + initNames.get(r));
            }
            Long time = Values.epochNanos(initTimes.get(r));
            values.put("CreatedProcessCreationTime", Values.toInstant(time));
            String grandName = baseName(EventColumns.get(grandNames, r));
            String grandKey = key(grandName, EventColumns.get(grandIds, r),
                    Values.epochNanos(EventColumns.get(grandTimes, r)));
            values.put("InitiatingProcessName", grandName);
            rows.addInferred(r, time, key, grandKey == null ? -1 : rows.key(grandKey), null, values);
        }
        // Inferred grandparents: the roots above inferred parents whose parents are not known either.
        int withParents = rows.size();
        for (int row = events; row < withParents; row++) {
            int key = rows.parentKey(row);
            if (key < 0 || procKeys.get(key)) {
                continue;
            }
            procKeys.set(key);
            int r = rows.origin(row);
            Object fullName = EventColumns.get(grandNames, r);
            Long time = Values.epochNanos(EventColumns.get(grandTimes, r));
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("CreatedProcessName", baseName(fullName));
            values.put("CreatedProcessId", EventColumns.get(grandIds, r));
            values.put("CreatedProcessCreationTime", Values.toInstant(time));
            String folder = folderOf(fullName);
            if (folder != null) {
                values.put("CreatedProcessFilePath", folder);
            }
            rows.addInferred(r, time, key, -1, null, values);
        }
        return rows;
    }

    private static long initTime(Series<?> initTimes, int r) {
        Long time = Values.epochNanos(initTimes.get(r));
        return time == null ? Long.MIN_VALUE : time;
    }

    /** {@code name|id|time} lower-cased, as MSTICPy's {@code _add_proc_key}; null when a part is missing. */
    static @Nullable String key(@Nullable Object name, @Nullable Object id, @Nullable Long time) {
        String idText = Values.idText(id);
        if (name == null || idText == null || time == null) {
            return null;
        }
        return name.toString().toLowerCase(Locale.ROOT) + "|" + idText.toLowerCase(Locale.ROOT) + "|"
                + Values.keyTime(time);
    }

    /** Initiating... columns renamed to their Created... counterparts (MSTICPy's mapping); others kept. */
    private static Map<String, String> parentColumnMap(DataFrame frame) {
        Set<String> columns = new HashSet<>(Arrays.asList(frame.getColumnsIndex().toArray()));
        Map<String, String> map = new LinkedHashMap<>();
        for (String column : frame.getColumnsIndex().toArray()) {
            if (!column.startsWith("Initiating")) {
                continue;
            }
            String created = "Created" + column.substring("Initiating".length());
            String target = NON_STANDARD.getOrDefault(column, columns.contains(created) ? created : column);
            map.put(column, target);
        }
        return map;
    }

    private static @Nullable String baseName(@Nullable Object path) {
        if (path == null) {
            return null;
        }
        String s = path.toString();
        return s.substring(s.lastIndexOf('\\') + 1);
    }

    private static @Nullable String folderOf(@Nullable Object path) {
        if (path == null) {
            return null;
        }
        String s = path.toString();
        int cut = s.lastIndexOf('\\');
        return cut < 0 ? "" : s.substring(0, cut);
    }
}
