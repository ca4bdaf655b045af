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

        // Names and ids become small integers, so matching is by (id, name) pairs of numbers, not by strings.
        Interner interner = new Interner();
        String[] procKey = new String[n];
        long[] pidId = new long[n];
        int[] nameId = new int[n];
        int[] parentNameId = new int[n];
        for (int k = 0; k < n; k++) {
            int i = order[k];
            int r = selected[i];
            String lower = interner.lower(names.get(r), "");
            nameId[k] = interner.id(lower);
            pidId[k] = interner.idValue(pids.get(r));
            procKey[k] = lower + "|" + Values.idText(pids.get(r)) + "|" + Values.keyTime(time[i]);
            parentNameId[k] = parentNames != null ? interner.id(interner.lower(parentName(parentNames.get(r)), "")) : 0;
        }
        // MSTICPy's merge_asof: the latest process with the parent's id (and name) created at or before the child.
        // Rows are in time order; all rows of one time are registered before any of them looks for its parent.
        int[] parentPosition = new int[n];
        PairIndex latest = new PairIndex(n);
        for (int k = 0; k < n; ) {
            int end = k;
            while (end < n && time[order[end]] == time[order[k]]) {
                latest.put(pidId[end], parentNames != null ? nameId[end] : 0, end);
                end++;
            }
            for (int j = k; j < end; j++) {
                Object ppid = ppids.get(selected[order[j]]);
                Long ppidValue = ppid == null ? null : interner.idValueOrNull(ppid);
                parentPosition[j] = ppidValue == null ? -1 : latest.get(ppidValue, parentNameId[j]);
            }
            k = end;
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
                int parent = parentPosition[k];
                if (parent >= 0) {
                    // events are added in time order, so position k is row k
                    rows.addEvent(r, time[i], procKey[k], procKey[parent], parent, effective);
                    continue;
                } else {
                    String parentName = parentNames != null ? parentName(parentNames.get(r)) : "unknown";
                    String parentLower = parentName.toLowerCase(Locale.ROOT);
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

    /** MSTICPy turns an empty parent name into {@code unknown}; a missing one too, here. */
    private static String parentName(@Nullable Object value) {
        return value == null || value.toString().isEmpty() ? "unknown" : value.toString();
    }

    /**
     * Small integer ids for names and for ids that are not numbers; lower-casing cached, since a few hundred
     * names repeat across a million events.
     */
    private static final class Interner {
        private final Map<String, Integer> ids = new HashMap<>();
        private final Map<String, String> lowered = new HashMap<>();
        private final Map<String, Long> textIds = new HashMap<>();

        String lower(@Nullable Object value, String fallback) {
            if (value == null) {
                return fallback;
            }
            return lowered.computeIfAbsent(value.toString(), v -> v.toLowerCase(Locale.ROOT));
        }

        int id(String text) {
            return ids.computeIfAbsent(text, t -> ids.size() + 1);
        }

        /** The id's value; ids that are not numbers get negative values of their own. */
        long idValue(@Nullable Object value) {
            Long id = idValueOrNull(value);
            return id == null ? Long.MIN_VALUE : id;
        }

        @Nullable Long idValueOrNull(Object value) {
            Long id = Values.idValue(value);
            if (id != null) {
                return id;
            }
            String text = Values.idText(value);
            return text == null ? null : textIds.computeIfAbsent(text, t -> -1L - textIds.size());
        }
    }
}
