package io.huntbook.analysis.proctree;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.testing.PropertyCheck;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import org.dflib.DataFrame;
import org.dflib.Series;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The tree build (numbered keys, duplicates found among rows of one time, paths written in one walk) gives the
 * frame, summary and links of the plain reading of MSTICPy's rules below, written with strings, sets and full
 * scans, on random event tables: ids as numbers, hex, floats and text; names differing in case or holding
 * {@code |}; exact duplicate rows; many events in one 10 µs unit; events at the epoch, where inferred parents'
 * keys fall; missing times, ids and names; other event ids.
 */
class ProcessTree_MatchesReferenceTest {
    private static final String[] COLUMNS = {"TimeGenerated", "EventID", "Computer", "NewProcessName",
        "NewProcessId", "ProcessId", "ParentProcessName", "SubjectLogonId", "TargetLogonId", "CommandLine"};
    private static final ProcSchema NO_PARENT_NAME = new ProcSchema("no-parent-name", "NewProcessName",
            "NewProcessId", "ProcessId", "TimeGenerated", "CommandLine", "\\", null, null, null, null, null, null,
            null, null);
    private static final String[] NAMES = {"C:\\w\\a.exe", "C:\\W\\A.EXE", "c:\\w\\b.exe", "x|1", "x", ""};
    private static final long BASE = Instant.parse("2024-05-01T10:00:00Z").getEpochSecond() * 1_000_000_000L;

    @Test
    void treeOfRandomEventsIsTheReferenceTree() {
        PropertyCheck.forAll(400, ProcessTree_MatchesReferenceTest::events, events -> {
            for (ProcSchema schema : List.of(ProcSchema.WINDOWS_4688, NO_PARENT_NAME)) {
                ProcessTree tree = ProcessTree.build(events, schema);
                Reference expected = new Reference(events, schema);
                DataFrame frame = tree.frame();
                assertThat(frame.height()).as(schema.name()).isEqualTo(expected.rows.size());
                for (int r = 0; r < frame.height(); r++) {
                    List<@Nullable Object> row = new ArrayList<>();
                    for (int c = 0; c < frame.width(); c++) {
                        row.add(frame.getColumn(c).get(r));
                    }
                    assertThat(row).as("%s row %d", schema.name(), r).isEqualTo(expected.rows.get(r));
                }
                assertThat(tree.summary()).isEqualTo(expected.summary);
                for (int r = 0; r < frame.height(); r++) {
                    String key = tree.procKeyAt(r);
                    assertThat(keys(tree.children(key))).as("children of %s", key)
                            .isEqualTo(expected.children(key));
                }
            }
        });
    }

    private static List<Object> keys(DataFrame frame) {
        return Arrays.asList(frame.getColumn("proc_key").toArray(new Object[0]));
    }

    private static DataFrame events(SplittableRandom random) {
        int n = random.nextInt(1, 120);
        int idRange = random.nextInt(2, 25);
        Object[][] columns = new Object[COLUMNS.length][n];
        for (int i = 0; i < n; i++) {
            if (i > 0 && random.nextInt(8) == 0) {
                int earlier = random.nextInt(i);
                for (Object[] column : columns) {
                    column[i] = column[earlier];
                }
                if (random.nextBoolean()) {
                    columns[9][i] = "other";
                }
                continue;
            }
            long nanos = switch (random.nextInt(10)) {
                case 0 -> random.nextInt(3) * 5_000L; // at the epoch, where inferred parents are
                case 1, 2 -> BASE + 7_000_000_000L; // many events at one time
                case 3 -> BASE + 7_000_000_000L + random.nextInt(1, 4); // and in its 10 µs unit
                default -> BASE + random.nextInt(20) * 1_000_000_000L + random.nextInt(3) * 5_000L;
            };
            Instant time = Instant.ofEpochSecond(0, nanos);
            columns[0][i] = switch (random.nextInt(10)) {
                case 0 -> time.toString();
                case 1 -> random.nextBoolean() ? null : "nan";
                default -> time;
            };
            columns[1][i] = pick(random, 4688L, 4688L, 4688L, "4688", 4624L, null);
            columns[2][i] = pick(random, "H1", "H2", null);
            columns[3][i] = random.nextInt(25) == 0 ? null : pick(random, (Object[]) NAMES);
            columns[4][i] = id(random, idRange);
            columns[5][i] = id(random, idRange);
            columns[6][i] = random.nextInt(15) == 0 ? null : pick(random, (Object[]) NAMES);
            columns[7][i] = pick(random, "0x3e7", "0x3e7", "0x10", null);
            columns[8][i] = pick(random, "0x0", "0x0", " ", null, "0x99");
            columns[9][i] = pick(random, "a", "b", null);
        }
        Series<?>[] series = new Series<?>[columns.length];
        for (int c = 0; c < columns.length; c++) {
            series[c] = Series.of(columns[c]);
        }
        return DataFrame.byColumn(COLUMNS).of(series);
    }

    private static @Nullable Object id(SplittableRandom random, int range) {
        int value = random.nextInt(range);
        return switch (random.nextInt(12)) {
            case 0 -> "0x" + Integer.toHexString(value);
            case 1 -> (double) value;
            case 2 -> value + ".0";
            case 3 -> random.nextInt(10) == 0 ? null : " " + value;
            case 4 -> "t" + value % 3;
            case 5 -> value % 4 == 0 ? "1|" + value % 3 : Integer.toString(value);
            case 6 -> value;
            case 7 -> random.nextInt(4) == 0 ? -1L - value % 3 : (long) value; // never equal to a text id
            default -> (long) value;
        };
    }

    private static @Nullable Object pick(SplittableRandom random, @Nullable Object... values) {
        return values[random.nextInt(values.length)];
    }

    /** MSTICPy's rules read plainly: strings for keys, sets for duplicates, a scan for each parent. */
    private static final class Reference {
        final List<List<@Nullable Object>> rows = new ArrayList<>();
        final TreeSummary summary;
        private final Map<String, List<Object>> childKeys = new HashMap<>();

        Reference(DataFrame frame, ProcSchema schema) {
            List<String> names = Arrays.asList(frame.getColumnsIndex().toArray());
            List<Integer> events = new ArrayList<>();
            Set<List<@Nullable Object>> seen = new HashSet<>();
            for (int r = 0; r < frame.height(); r++) {
                if (schema.eventIdColumn() != null && names.contains(schema.eventIdColumn())
                        && !Values.sameEventId(cell(frame, schema.eventIdColumn(), r),
                                Objects.requireNonNull(schema.eventIdIdentifier()))) {
                    continue;
                }
                Object pid = cell(frame, schema.processId(), r);
                if (pid == null && cell(frame, schema.processName(), r) == null
                        || Values.epochNanos(cell(frame, schema.timeStamp(), r)) == null
                        || Values.idValue(pid) == null && Values.idText(pid) == null) {
                    continue;
                }
                List<@Nullable Object> row = new ArrayList<>();
                for (int c = 0; c < frame.width(); c++) {
                    row.add(frame.getColumn(c).get(r));
                }
                if (seen.add(row)) {
                    events.add(r);
                }
            }
            events.sort(Comparator.comparingLong(r -> time(frame, schema, r)));

            boolean parentNames = schema.parentName() != null && names.contains(schema.parentName());
            boolean logons = schema.logonId() != null && names.contains(schema.logonId());
            List<Proc> procs = new ArrayList<>();
            Set<List<@Nullable Object>> inferredSeen = new HashSet<>();
            List<Proc> inferred = new ArrayList<>();
            for (int k = 0; k < events.size(); k++) {
                int r = events.get(k);
                long time = time(frame, schema, r);
                Object logon = logons ? cell(frame, schema.logonId(), r) : Integer.valueOf(0);
                Object target = schema.targetLogonId() != null && names.contains(schema.targetLogonId())
                        ? cell(frame, schema.targetLogonId(), r) : null;
                Object effective = !logons ? Integer.valueOf(0)
                        : target != null && !target.toString().isBlank() && !target.toString().trim().equals("0x0")
                        ? target : logon;
                Object ppid = cell(frame, schema.parentId(), r);
                String parentName = parentNames ? nameOrUnknown(cell(frame, schema.parentName(), r)) : "unknown";
                String parentKey = null;
                if (Values.idValue(ppid) != null || Values.idText(ppid) != null) {
                    int parent = -1;
                    for (int j = 0; j < events.size(); j++) {
                        int candidate = events.get(j);
                        if (time(frame, schema, candidate) <= time
                                && sameId(cell(frame, schema.processId(), candidate), ppid)
                                && (!parentNames || lower(cell(frame, schema.processName(), candidate))
                                        .equals(parentName.toLowerCase(Locale.ROOT)))) {
                            parent = j;
                        }
                    }
                    if (parent >= 0) {
                        int p = events.get(parent);
                        parentKey = key(cell(frame, schema.processName(), p), cell(frame, schema.processId(), p),
                                time(frame, schema, p));
                    } else {
                        parentKey = key(parentName, ppid, 0);
                        Object host = schema.hostName() != null && names.contains(schema.hostName())
                                ? cell(frame, schema.hostName(), r) : null;
                        String canonical = Values.idValue(ppid) != null ? Long.toString(Values.idValue(ppid))
                                : Values.idText(ppid);
                        if (inferredSeen.add(Arrays.asList(host, canonical, logon, parentName))) {
                            Map<String, Object> values = new HashMap<>();
                            values.put(schema.processId(), ppid);
                            values.put(schema.processName(), parentName);
                            values.put(schema.timeStamp(), Instant.EPOCH);
                            if (host != null) {
                                values.put(schema.hostName(), host);
                            }
                            if (logons && logon != null) {
                                values.put(schema.logonId(), logon);
                            }
                            Object eventId = schema.eventIdColumn() != null && names.contains(schema.eventIdColumn())
                                    ? cell(frame, schema.eventIdColumn(), r) : null;
                            if (eventId != null) {
                                values.put(schema.eventIdColumn(), eventId);
                            }
                            inferred.add(new Proc(-1, parentKey, null, logon, values));
                        }
                    }
                }
                procs.add(new Proc(r, key(cell(frame, schema.processName(), r), cell(frame, schema.processId(), r),
                        time), parentKey, effective, Map.of()));
            }
            procs.addAll(inferred);

            // One process per key (the first); a key named as parent by any row has a child.
            Map<String, Integer> keptByKey = new LinkedHashMap<>();
            List<Proc> kept = new ArrayList<>();
            for (Proc proc : procs) {
                if (keptByKey.putIfAbsent(proc.key, kept.size()) == null) {
                    kept.add(proc);
                }
            }
            Set<String> parents = new HashSet<>();
            for (Proc proc : procs) {
                if (proc.parentKey != null) {
                    parents.add(proc.parentKey);
                }
            }
            int m = kept.size();
            String[] path = new String[m];
            int[] depth = new int[m];
            @Nullable String[] parentIndex = new String[m];
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            for (int k = 0; k < m; k++) {
                path[k] = Integer.toString(k);
                depth[k] = 1;
                if (kept.get(k).parentKey == null) {
                    queue.add(k);
                }
            }
            while (!queue.isEmpty()) {
                int k = queue.poll();
                for (int c = 0; c < m; c++) {
                    if (kept.get(k).key.equals(kept.get(c).parentKey)) {
                        path[c] = path[k] + "/" + c;
                        depth[c] = depth[k] + 1;
                        parentIndex[c] = Integer.toString(k);
                        queue.add(c);
                    }
                }
            }
            Integer[] order = new Integer[m];
            for (int k = 0; k < m; k++) {
                order[k] = k;
            }
            Arrays.sort(order, Comparator.comparing(k -> path[k]));
            int roots = 0;
            int leaves = 0;
            int branches = 0;
            int isolated = 0;
            int deepest = 0;
            for (int k : order) {
                Proc proc = kept.get(k);
                boolean root = proc.parentKey == null;
                boolean leaf = !parents.contains(proc.key);
                List<@Nullable Object> row = new ArrayList<>();
                for (int c = 0; c < frame.width(); c++) {
                    String column = names.get(c);
                    Object value = proc.source >= 0 ? frame.getColumn(c).get(proc.source) : proc.values.get(column);
                    if (proc.source >= 0 && column.equals(schema.timeStamp()) && value != null) {
                        Instant instant = Values.instant(value);
                        value = instant == null ? value : instant;
                    }
                    row.add(value);
                }
                row.addAll(Arrays.asList(proc.logon, proc.key, proc.parentKey, root, leaf, !root && !leaf, path[k],
                        parentIndex[k], depth[k], Integer.toString(k)));
                rows.add(row);
                roots += root ? 1 : 0;
                leaves += leaf ? 1 : 0;
                branches += !root && !leaf ? 1 : 0;
                isolated += root && leaf ? 1 : 0;
                deepest = Math.max(deepest, depth[k]);
                if (proc.parentKey != null && keptByKey.containsKey(proc.parentKey)) {
                    childKeys.computeIfAbsent(proc.parentKey, p -> new ArrayList<>()).add(proc.key);
                }
            }
            summary = new TreeSummary(m, roots, leaves, branches, isolated, deepest);
        }

        List<Object> children(String key) {
            return childKeys.getOrDefault(key, List.of());
        }

        private record Proc(int source, String key, @Nullable String parentKey, @Nullable Object logon,
                Map<String, Object> values) {}

        private static long time(DataFrame frame, ProcSchema schema, int row) {
            return Objects.requireNonNull(Values.epochNanos(cell(frame, schema.timeStamp(), row)));
        }

        private static @Nullable Object cell(DataFrame frame, @Nullable String column, int row) {
            return frame.getColumn(Objects.requireNonNull(column)).get(row);
        }

        private static String key(@Nullable Object name, @Nullable Object id, long nanos) {
            return lower(name) + "|" + Values.idText(id) + "|" + Values.keyTime(nanos);
        }

        private static String lower(@Nullable Object name) {
            return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        }

        private static String nameOrUnknown(@Nullable Object name) {
            return name == null || name.toString().isEmpty() ? "unknown" : name.toString();
        }

        /** Ids are one process id when their values are equal, or, for ids that are no number, their texts. */
        private static boolean sameId(@Nullable Object a, @Nullable Object b) {
            Long x = Values.idValue(a);
            Long y = Values.idValue(b);
            if (x != null || y != null) {
                return Objects.equals(x, y);
            }
            return Values.idText(a) != null && Objects.equals(Values.idText(a), Values.idText(b));
        }
    }
}
