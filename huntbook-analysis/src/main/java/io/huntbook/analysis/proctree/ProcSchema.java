package io.huntbook.analysis.proctree;

import io.huntbook.core.BadInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which columns of a process-event table hold what, with MSTICPy's {@code ProcSchema} field names. The four first
 * are required; the others are used when the table has them.
 *
 * @param name              a short name ({@code windows-4688}, {@code sysmon-1}, ... or {@code custom})
 * @param processName       the new process's name or path
 * @param processId         its id (decimal, {@code 0x} hex or integral float)
 * @param parentId          the parent's id
 * @param timeStamp         the creation time
 * @param cmdLine           the command line
 * @param pathSeparator     the separator of paths in names
 * @param userName          the account name
 * @param logonId           the logon session of the creator
 * @param hostName          the host
 * @param parentName        the parent's name or path (matching then needs it to agree, case-insensitively)
 * @param targetLogonId     the logon session of the new process, when it differs (Windows 4688)
 * @param userId            the account id
 * @param eventIdColumn     the column naming the event type
 * @param eventIdIdentifier the value of process-creation events in it
 */
public record ProcSchema(
        String name,
        String processName,
        String processId,
        String parentId,
        String timeStamp,
        @Nullable String cmdLine,
        String pathSeparator,
        @Nullable String userName,
        @Nullable String logonId,
        @Nullable String hostName,
        @Nullable String parentName,
        @Nullable String targetLogonId,
        @Nullable String userId,
        @Nullable String eventIdColumn,
        @Nullable String eventIdIdentifier) {

    /** Windows security event 4688 as Microsoft Sentinel's SecurityEvent table has it. */
    public static final ProcSchema WINDOWS_4688 = new ProcSchema("windows-4688", "NewProcessName", "NewProcessId",
            "ProcessId", "TimeGenerated", "CommandLine", "\\", "SubjectUserName", "SubjectLogonId", "Computer",
            "ParentProcessName", "TargetLogonId", "SubjectUserSid", "EventID", "4688");
    /** Windows 4688 as OTRF Security-Datasets write it (@timestamp in UTC, Hostname). */
    public static final ProcSchema WINDOWS_4688_OTRF = new ProcSchema("windows-4688-otrf", "NewProcessName",
            "NewProcessId", "ProcessId", "@timestamp", "CommandLine", "\\", "SubjectUserName", "SubjectLogonId",
            "Hostname", "ParentProcessName", "TargetLogonId", "SubjectUserSid", "EventID", "4688");
    /** Linux auditd EXECVE rows (MSTICPy's auditd extraction, or {@link AuditdLog}). */
    public static final ProcSchema LINUX_AUDITD = new ProcSchema("linux-auditd", "exe", "pid", "ppid",
            "TimeGenerated", "cmdline", "/", "acct", "ses", "Computer", null, null, "uid", "EventType",
            "SYSCALL_EXECVE");
    /** Microsoft Defender for Endpoint, internal column set (CreatedProcess... / InitiatingProcess...). */
    public static final ProcSchema MDE_INTERNAL = new ProcSchema("mde-internal", "CreatedProcessName",
            "CreatedProcessId", "CreatedProcessParentId", "CreatedProcessCreationTime", "CreatedProcessCommandLine",
            "\\", "CreatedProcessAccountName", "InitiatingProcessLogonId", "ComputerDnsName", "ParentProcessName",
            "LogonId", "CreatedProcessAccountSid", null, null);
    /** Microsoft Defender / Sentinel {@code DeviceProcessEvents}, the public column set. */
    public static final ProcSchema MDE = new ProcSchema("mde", "FileName", "ProcessId", "InitiatingProcessId",
            "Timestamp", "ProcessCommandLine", "\\", "AccountName", "InitiatingProcessLogonId", "DeviceName",
            "InitiatingProcessFileName", "LogonId", "AccountSid", "ActionType", "ProcessCreated");
    /** Sysmon event 1 (process create). */
    public static final ProcSchema SYSMON_1 = new ProcSchema("sysmon-1", "Image", "ProcessId", "ParentProcessId",
            "UtcTime", "CommandLine", "\\", "User", "LogonId", "Computer", "ParentImage", null, null, "EventID", "1");
    /** Sysmon event 1 as OTRF Security-Datasets write it (Hostname). */
    public static final ProcSchema SYSMON_1_OTRF = new ProcSchema("sysmon-1-otrf", "Image", "ProcessId",
            "ParentProcessId", "UtcTime", "CommandLine", "\\", "User", "LogonId", "Hostname", "ParentImage", null,
            null, "EventID", "1");
    /** osquery process events (the columns vary with the query; these are MSTICPy's). */
    public static final ProcSchema OSQUERY = new ProcSchema("osquery", "name", "pid", "parent", "calendarTime",
            "cmdline", "/", "username", null, null, null, null, "uid", null, null);

    private static final List<ProcSchema> ALL = List.of(WINDOWS_4688, WINDOWS_4688_OTRF, LINUX_AUDITD, MDE_INTERNAL,
            MDE, SYSMON_1, SYSMON_1_OTRF, OSQUERY);

    /** MSTICPy's schema keys, as {@link #fromMap} accepts them. */
    public static final List<String> KEYS = List.of("process_name", "process_id", "parent_id", "time_stamp",
            "cmd_line", "path_separator", "user_name", "logon_id", "host_name_column", "parent_name",
            "target_logon_id", "user_id", "event_id_column", "event_id_identifier");

    /** The built-in schemas. */
    public static List<ProcSchema> all() {
        return ALL;
    }

    /** A built-in schema by name, case-insensitively. */
    public static ProcSchema named(String name) {
        for (ProcSchema schema : ALL) {
            if (schema.name.equalsIgnoreCase(name.trim())) {
                return schema;
            }
        }
        throw new BadInputException("unknown schema '" + name + "': use one of "
                + String.join(", ", ALL.stream().map(ProcSchema::name).toList()) + ", or a column map");
    }

    /**
     * A schema from MSTICPy's keys ({@code process_name=PID...}); {@code host_name} is accepted for
     * {@code host_name_column}. The four required keys must be there.
     */
    public static ProcSchema fromMap(Map<String, String> map) {
        Map<String, String> values = new LinkedHashMap<>();
        for (var entry : map.entrySet()) {
            String key = entry.getKey().trim().toLowerCase(Locale.ROOT);
            if (key.equals("host_name")) {
                key = "host_name_column";
            }
            if (!KEYS.contains(key)) {
                throw new BadInputException("unknown schema key '" + entry.getKey() + "': use "
                        + String.join(", ", KEYS));
            }
            String value = entry.getValue();
            if (value != null && !value.isBlank()) {
                values.put(key, value.trim());
            }
        }
        List<String> missing = new ArrayList<>();
        for (String required : List.of("process_name", "process_id", "parent_id", "time_stamp")) {
            if (!values.containsKey(required)) {
                missing.add(required);
            }
        }
        if (!missing.isEmpty()) {
            throw new BadInputException("the column map needs " + String.join(", ", missing)
                    + " (for example process_id=PID,parent_id=PPID,process_name=Image,time_stamp=Time)");
        }
        return new ProcSchema("custom", values.get("process_name"), values.get("process_id"),
                values.get("parent_id"), values.get("time_stamp"), values.get("cmd_line"),
                values.getOrDefault("path_separator", "\\"), values.get("user_name"), values.get("logon_id"),
                values.get("host_name_column"), values.get("parent_name"), values.get("target_logon_id"),
                values.get("user_id"), values.get("event_id_column"), values.get("event_id_identifier"));
    }

    /**
     * The built-in schema that best fits these columns, as MSTICPy infers it (the largest overlap of column names,
     * at least four), but only among schemas whose required columns are all present.
     */
    public static Optional<ProcSchema> infer(Collection<String> columns) {
        Set<String> present = new LinkedHashSet<>(columns);
        ProcSchema best = null;
        int bestOverlap = 3;
        for (ProcSchema schema : ALL) {
            if (!present.containsAll(schema.requiredColumns())) {
                continue;
            }
            int overlap = (int) schema.columns().stream().filter(present::contains).count();
            if (overlap > bestOverlap) {
                best = schema;
                bestOverlap = overlap;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The columns without which no tree can be built. */
    public List<String> requiredColumns() {
        return List.of(processName, processId, parentId, timeStamp);
    }

    /** Every column this schema names. */
    public List<String> columns() {
        List<String> columns = new ArrayList<>(requiredColumns());
        for (String optional : new String[] {cmdLine, userName, logonId, hostName, parentName, targetLogonId, userId,
            eventIdColumn}) {
            if (optional != null) {
                columns.add(optional);
            }
        }
        return columns;
    }

    /** The schema as MSTICPy's keys and this schema's columns (for showing and for JSON). */
    public Map<String, String> toMap() {
        Map<String, String> map = new LinkedHashMap<>();
        String[] values = {processName, processId, parentId, timeStamp, cmdLine, pathSeparator, userName, logonId,
            hostName, parentName, targetLogonId, userId, eventIdColumn, eventIdIdentifier};
        for (int i = 0; i < KEYS.size(); i++) {
            if (values[i] != null) {
                map.put(KEYS.get(i), values[i]);
            }
        }
        return map;
    }

    /** The Defender schemas, whose events carry their parent's own identity, are built by key, not by time. */
    enum Kind { EVENTS, MDE_INTERNAL, MDE_PUBLIC }

    Kind kind() {
        if (sameCore(MDE_INTERNAL)) {
            return Kind.MDE_INTERNAL;
        }
        return sameCore(MDE) ? Kind.MDE_PUBLIC : Kind.EVENTS;
    }

    private boolean sameCore(ProcSchema other) {
        return processName.equals(other.processName) && processId.equals(other.processId)
                && timeStamp.equals(other.timeStamp);
    }
}
