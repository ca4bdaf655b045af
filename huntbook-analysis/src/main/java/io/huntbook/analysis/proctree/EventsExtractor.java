package io.huntbook.analysis.proctree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dflib.DataFrame;
import org.dflib.Series;
import org.jspecify.annotations.Nullable;

/**
 * Parent matching for process-creation events (Windows 4688, Sysmon 1, auditd, osquery, custom maps), by MSTICPy's
 * rules ({@code proc_tree_build_winlx}): events are de-duplicated and sorted by time; each event's parent is the
 * latest event, at or before it, whose process id is the event's parent id and, when the schema has a parent name,
 * whose name matches it case-insensitively. Events without such a parent get an inferred parent row (time zero,
 * name from the event's parent name, else {@code unknown}). The effective logon id is the target logon id when
 * there is one (not {@code 0x0}), else the logon id.
 */
final class EventsExtractor {
    static final String EFFECTIVE_LOGON_ID = "EffectiveLogonId";

    private EventsExtractor() {}

    static Rows extract(DataFrame frame, ProcSchema schema, List<String> warnings) {
        EventColumns cols = new EventColumns(frame, schema, schema.requiredColumns());
        Series<?> names = cols.column(schema.processName());
        Series<?> pids = cols.column(schema.processId());
        Series<?> ppids = cols.column(schema.parentId());
        Series<?> times = cols.column(schema.timeStamp());
        Series<?> parentNames = cols.optional(schema.parentName());
        Series<?> logons = cols.optional(schema.logonId());
        Series<?> targets = cols.optional(schema.targetLogonId());
        Series<?> hosts = cols.optional(schema.hostName());
        Series<?> eventIds = cols.optional(schema.eventIdColumn());

        int[] selected = select(frame, schema, eventIds, times, pids, names, warnings);
        int n = selected.length;
        long[] time = new long[n];
        for (int i = 0; i < n; i++) {
            time[i] = Objects.requireNonNull(Values.epochNanos(times.get(selected[i])));
        }
        int[] order = StableSort.byTime(time);

        String[] nameLc = new String[n];
        String[] pidKey = new String[n];
        String[] procKey = new String[n];
        String[] parentLc = new String[n];
        Map<String, int[]> byProcess = new HashMap<>();
        Map<String, Integer> byProcessCount = new HashMap<>();
        for (int k = 0; k < n; k++) {
            int i = order[k];
            int r = selected[i];
            nameLc[k] = lower(names.get(r));
            pidKey[k] = canonicalId(pids.get(r));
            procKey[k] = nameLc[k] + "|" + Values.idText(pids.get(r)) + "|" + Values.keyTime(time[i]);
            if (parentNames != null) {
                parentLc[k] = parentLower(parentNames.get(r));
            }
            String match = pidKey[k] + '\0' + (parentNames != null ? nameLc[k] : "");
            int count = byProcessCount.merge(match, 1, Integer::sum);
            int[] positions = byProcess.get(match);
            if (positions == null || positions.length < count) {
                positions = positions == null ? new int[1] : Arrays.copyOf(positions, positions.length * 2);
                byProcess.put(match, positions);
            }
            positions[count - 1] = k;
        }

        Rows rows = new Rows();
        List<Object[]> inferredKeys = new ArrayList<>();
        Set<List<Object>> inferredSeen = new HashSet<>();
        for (int k = 0; k < n; k++) {
            int i = order[k];
            int r = selected[i];
            Object logon = logons == null ? Integer.valueOf(0) : logons.get(r);
            Object effective = effectiveLogon(logon, EventColumns.get(targets, r), logons != null);
            Object ppid = ppids.get(r);
            String ppidKey = canonicalId(ppid);
            String parentKey = null;
            if (ppidKey != null) {
                String match = ppidKey + '\0' + (parentNames != null ? parentLc[k] : "");
                int parent = latestAtOrBefore(byProcess.get(match), byProcessCount.getOrDefault(match, 0), k, time,
                        order);
                if (parent >= 0) {
                    parentKey = procKey[parent];
                } else {
                    String parentName = parentNames != null ? parentName(parentNames.get(r)) : "unknown";
                    String parentLower = parentNames != null ? parentLc[k] : "unknown";
                    parentKey = parentLower + "|" + Values.idText(ppid) + "|" + Values.keyTime(0);
                    Object host = EventColumns.get(hosts, r);
                    List<Object> identity = Arrays.asList(host, ppidKey, logon, parentName);
                    if (inferredSeen.add(identity)) {
                        inferredKeys.add(new Object[] {parentKey, ppid, parentName, host, logon,
                            EventColumns.get(eventIds, r), r});
                    }
                }
            }
            rows.addEvent(r, time[i], procKey[k], parentKey, effective);
        }
        for (Object[] parent : inferredKeys) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put(schema.processId(), parent[1]);
            values.put(schema.processName(), parent[2]);
            values.put(schema.timeStamp(), Values.toInstant(0));
            putIfColumn(values, hosts, schema.hostName(), parent[3]);
            putIfColumn(values, logons, schema.logonId(), parent[4]);
            putIfColumn(values, eventIds, schema.eventIdColumn(), parent[5]);
            rows.addInferred((Integer) parent[6], 0L, (String) parent[0], null, parent[4], values);
        }
        return rows;
    }

    private static void putIfColumn(Map<String, Object> values, @Nullable Series<?> column, @Nullable String name,
            @Nullable Object value) {
        if (column != null && name != null && value != null) {
            values.put(name, value);
        }
    }

    /** The rows to use: process-creation events, without exact duplicates, with a time and a process id. */
    private static int[] select(DataFrame frame, ProcSchema schema, @Nullable Series<?> eventIds, Series<?> times,
            Series<?> pids, Series<?> names, List<String> warnings) {
        int height = frame.height();
        int[] selected = new int[height];
        int n = 0;
        int noTime = 0;
        int noPid = 0;
        RowDeduplicator duplicates = new RowDeduplicator(frame);
        for (int r = 0; r < height; r++) {
            if (eventIds != null && schema.eventIdIdentifier() != null
                    && !Values.sameEventId(eventIds.get(r), schema.eventIdIdentifier())) {
                continue;
            }
            if (names.get(r) == null && pids.get(r) == null) {
                // another event that shares the id (EventID 1 of another provider in a mixed log)
                continue;
            }
            if (Values.epochNanos(times.get(r)) == null) {
                noTime++;
                continue;
            }
            if (Values.idValue(pids.get(r)) == null && Values.idText(pids.get(r)) == null) {
                noPid++;
                continue;
            }
            if (duplicates.isRepeat(r)) {
                continue;
            }
            selected[n++] = r;
        }
        if (noTime > 0) {
            warnings.add(noTime + " event(s) without a readable time in column " + schema.timeStamp()
                    + " were left out");
        }
        if (noPid > 0) {
            warnings.add(noPid + " event(s) without a process id in column " + schema.processId() + " were left out");
        }
        return Arrays.copyOf(selected, n);
    }

    /** The position (in time order) of the latest candidate at or before position {@code k}'s time, or -1. */
    private static int latestAtOrBefore(int @Nullable [] positions, int count, int k, long[] time, int[] order) {
        if (positions == null) {
            return -1;
        }
        long limit = time[order[k]];
        int lo = 0;
        int hi = count - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (time[order[positions[mid]]] <= limit) {
                found = positions[mid];
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private static Object effectiveLogon(@Nullable Object logon, @Nullable Object target, boolean hasLogon) {
        if (!hasLogon) {
            return 0;
        }
        if (target != null && !target.toString().isBlank() && !"0x0".equals(target.toString().trim())) {
            return target;
        }
        return logon;
    }

    /** Ids compare by value (so {@code 0x1A4}, {@code 420} and {@code 420.0} are one process id). */
    static @Nullable String canonicalId(@Nullable Object value) {
        Long id = Values.idValue(value);
        if (id != null) {
            return Long.toString(id);
        }
        return Values.idText(value);
    }

    private static String lower(@Nullable Object value) {
        return value == null ? "" : value.toString().toLowerCase(Locale.ROOT);
    }

    /** MSTICPy turns an empty parent name into {@code unknown}; a missing one too, here. */
    private static String parentName(@Nullable Object value) {
        return value == null || value.toString().isEmpty() ? "unknown" : value.toString();
    }

    private static String parentLower(@Nullable Object value) {
        return parentName(value).toLowerCase(Locale.ROOT);
    }
}
