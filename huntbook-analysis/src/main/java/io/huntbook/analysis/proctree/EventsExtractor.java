package io.huntbook.analysis.proctree;

import java.time.Instant;
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

        Interner interner = new Interner();
        Selection selection = select(frame, schema, eventIds, times, pids, names, interner, warnings);
        int n = selection.size;
        int[] selected = selection.rows;
        long[] time = selection.time;

        // Names and ids become numbers, so matching is by (id, name) pairs of numbers, not by strings; process
        // keys are numbered by their parts, and each key's text is made once.
        ProcessKeys keys = new ProcessKeys();
        Rows rows = new Rows();
        rows.ensureCapacity(n + n / 64 + 16);
        rows.eventTimesAreInstants(selection.timesAreInstants);
        int[] keyOf = new int[n];
        long[] pidId = selection.pid;
        boolean[] pidText = selection.pidText;
        int[] nameId = new int[n];
        int[] parentNameId = new int[n];
        long[] ppidId = new long[n];
        boolean[] ppidText = new boolean[n];
        boolean[] hasPpid = new boolean[n];
        for (int k = 0; k < n; k++) {
            int r = selected[k];
            Object pid = pids.get(r);
            nameId[k] = interner.nameId(names.get(r));
            keyOf[k] = keys.number(rows, nameId[k], interner.lowered(nameId[k]), interner.hasBar(nameId[k]), pid,
                    time[k]);
            parentNameId[k] = parentNames != null ? interner.nameId(parentName(parentNames.get(r))) : 0;
            Object ppid = ppids.get(r);
            Long ppidValue = ppid == null ? null : interner.idValueOrNull(ppid);
            hasPpid[k] = ppidValue != null;
            ppidId[k] = ppidValue == null ? 0 : ppidValue;
            ppidText[k] = ppidValue != null && interner.lastIdWasText();
        }
        // MSTICPy's merge_asof: the latest process with the parent's id (and name) created at or before the child.
        // Rows are in time order; all rows of one time are registered before any of them looks for its parent.
        // Ids that are no number are numbered apart: the second key tells a text's number from a number.
        int[] parentPosition = new int[n];
        PairIndex latest = new PairIndex(n);
        for (int k = 0; k < n; ) {
            int end = k;
            while (end < n && time[end] == time[k]) {
                latest.put(pidId[end], (parentNames != null ? nameId[end] : 0) * 2 + (pidText[end] ? 1 : 0), end);
                end++;
            }
            for (int j = k; j < end; j++) {
                parentPosition[j] = hasPpid[j] ? latest.get(ppidId[j], parentNameId[j] * 2 + (ppidText[j] ? 1 : 0))
                        : -1;
            }
            k = end;
        }

        List<Object[]> inferredKeys = new ArrayList<>();
        Set<List<Object>> inferredSeen = new HashSet<>();
        for (int k = 0; k < n; k++) {
            int r = selected[k];
            Object logon = logons == null ? Integer.valueOf(0) : logons.get(r);
            Object effective = effectiveLogon(logon, EventColumns.get(targets, r), logons != null);
            int parentKey = -1;
            if (hasPpid[k]) {
                int parent = parentPosition[k];
                if (parent >= 0) {
                    parentKey = keyOf[parent];
                } else {
                    Object ppid = ppids.get(r);
                    String parentName = parentNames != null ? parentName(parentNames.get(r)) : "unknown";
                    int parentNameNumber = interner.nameId(parentName);
                    parentKey = keys.number(rows, parentNameNumber, interner.lowered(parentNameNumber),
                            interner.hasBar(parentNameNumber), Objects.requireNonNull(ppid), 0);
                    Object host = EventColumns.get(hosts, r);
                    List<Object> identity = Arrays.asList(host, canonicalId(ppid), logon, parentName);
                    if (inferredSeen.add(identity)) {
                        inferredKeys.add(new Object[] {parentKey, ppid, parentName, host, logon,
                            EventColumns.get(eventIds, r), r});
                    }
                }
            }
            rows.addEvent(r, time[k], keyOf[k], parentKey, effective);
        }
        for (Object[] parent : inferredKeys) {
            Map<String, Object> values = new LinkedHashMap<>();
            values.put(schema.processId(), parent[1]);
            values.put(schema.processName(), parent[2]);
            values.put(schema.timeStamp(), Values.toInstant(0));
            putIfColumn(values, hosts, schema.hostName(), parent[3]);
            putIfColumn(values, logons, schema.logonId(), parent[4]);
            putIfColumn(values, eventIds, schema.eventIdColumn(), parent[5]);
            rows.addInferred((Integer) parent[6], 0L, (Integer) parent[0], -1, parent[4], values);
        }
        return rows;
    }

    private static void putIfColumn(Map<String, Object> values, @Nullable Series<?> column, @Nullable String name,
            @Nullable Object value) {
        if (column != null && name != null && value != null) {
            values.put(name, value);
        }
    }

    /** The events to use, in time order (ties in input order), with their times and process ids. */
    private record Selection(int size, int[] rows, long[] time, long[] pid, boolean[] pidText,
            boolean timesAreInstants) {}

    /**
     * The rows to use: process-creation events, without exact duplicates, with a time and a process id; sorted by
     * time. Duplicates are found after sorting: equal rows have equal times, so only rows of one time are compared,
     * and the first in input order is kept, as pandas' {@code drop_duplicates} keeps it.
     */
    private static Selection select(DataFrame frame, ProcSchema schema, @Nullable Series<?> eventIds,
            Series<?> times, Series<?> pids, Series<?> names, Interner interner, List<String> warnings) {
        int height = frame.height();
        int[] selected = new int[height];
        long[] time = new long[height];
        long[] pid = new long[height];
        boolean[] pidText = new boolean[height];
        int n = 0;
        int noTime = 0;
        int noPid = 0;
        boolean instants = true;
        String wanted = schema.eventIdIdentifier();
        Long wantedValue = wanted == null ? null : Values.idValue(wanted);
        for (int r = 0; r < height; r++) {
            if (eventIds != null && wanted != null) {
                Object cell = eventIds.get(r);
                boolean same = cell instanceof Long id && wantedValue != null ? id.longValue() == wantedValue
                        : Values.sameEventId(cell, wanted);
                if (!same) {
                    continue;
                }
            }
            Object pidCell = pids.get(r);
            if (pidCell == null && names.get(r) == null) {
                // another event that shares the id (EventID 1 of another provider in a mixed log)
                continue;
            }
            Object timeCell = times.get(r);
            long nanos;
            if (timeCell instanceof Instant instant) {
                nanos = Values.epochNanos(instant);
            } else {
                Long parsed = Values.epochNanos(timeCell);
                if (parsed == null) {
                    noTime++;
                    continue;
                }
                nanos = parsed;
                instants = false;
            }
            long pidValue;
            if (pidCell instanceof Long id) {
                pidValue = id;
            } else {
                Long id = interner.idValueOrNull(pidCell);
                if (id == null) {
                    noPid++;
                    continue;
                }
                pidValue = id;
                pidText[n] = interner.lastIdWasText();
            }
            selected[n] = r;
            time[n] = nanos;
            pid[n] = pidValue;
            n++;
        }
        if (noTime > 0) {
            warnings.add(noTime + " event(s) without a readable time in column " + schema.timeStamp()
                    + " were left out");
        }
        if (noPid > 0) {
            warnings.add(noPid + " event(s) without a process id in column " + schema.processId() + " were left out");
        }
        int[] order = StableSort.byTime(Arrays.copyOf(time, n));
        int[] rows = new int[n];
        long[] sortedTime = new long[n];
        long[] sortedPid = new long[n];
        boolean[] sortedPidText = new boolean[n];
        int kept = 0;
        RowDeduplicator duplicates = null;
        for (int k = 0; k < n; ) {
            int end = k + 1;
            while (end < n && time[order[end]] == time[order[k]]) {
                end++;
            }
            int runStart = kept;
            for (int j = k; j < end; j++) {
                int i = order[j];
                boolean repeat = false;
                if (end - k > 16) {
                    if (duplicates == null) {
                        duplicates = new RowDeduplicator(frame);
                    }
                    repeat = duplicates.isRepeat(selected[i]);
                } else {
                    for (int e = runStart; e < kept && !repeat; e++) {
                        repeat = sortedPid[e] == pid[i] && RowDeduplicator.sameRow(frame, rows[e], selected[i]);
                    }
                }
                if (!repeat) {
                    rows[kept] = selected[i];
                    sortedTime[kept] = time[i];
                    sortedPid[kept] = pid[i];
                    sortedPidText[kept] = pidText[i];
                    kept++;
                }
            }
            k = end;
        }
        return new Selection(kept, rows, sortedTime, sortedPid, sortedPidText, instants);
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
        private final Map<Object, Integer> nameIds = new HashMap<>();
        private final List<String> lowered = new ArrayList<>(List.of(""));
        private final List<Boolean> bar = new ArrayList<>(List.of(false));
        private final Map<String, Long> textIds = new HashMap<>();
        private boolean lastIdText;

        /** The number of a name cell lower-cased (an empty text for a missing one), from 1. */
        int nameId(@Nullable Object value) {
            Integer known = nameIds.get(value == null ? "" : value);
            if (known != null) {
                return known;
            }
            String lower = value == null ? "" : value.toString().toLowerCase(Locale.ROOT);
            Integer id = ids.get(lower);
            if (id == null) {
                id = ids.size() + 1;
                ids.put(lower, id);
                lowered.add(lower);
                bar.add(lower.indexOf('|') >= 0);
            }
            nameIds.put(value == null ? "" : value, id);
            return id;
        }

        String lowered(int nameId) {
            return lowered.get(nameId);
        }

        boolean hasBar(int nameId) {
            return bar.get(nameId);
        }

        /**
         * The id's value; ids that are not numbers get numbers of their own, told apart by
         * {@link #lastIdWasText()}; null for none.
         */
        @Nullable Long idValueOrNull(Object value) {
            Long id = Values.idValue(value);
            lastIdText = id == null;
            if (id != null) {
                return id;
            }
            String text = Values.idText(value);
            return text == null ? null : textIds.computeIfAbsent(text, t -> (long) textIds.size());
        }

        /** Whether the last id given by {@link #idValueOrNull} was the number of a text. */
        boolean lastIdWasText() {
            return lastIdText;
        }
    }
}
