package io.huntbook.analysis.proctree;

import io.huntbook.core.BadInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dflib.DataFrame;
import org.dflib.Series;
import org.jspecify.annotations.Nullable;

/**
 * Raw Linux audit logs ({@code /var/log/audit/audit.log}) turned into one row per program execution, in the
 * columns of {@link ProcSchema#LINUX_AUDITD}: the {@code SYSCALL} and {@code EXECVE} records of one event (same
 * {@code msg=audit(time:serial)}) are joined; the arguments, hex-encoded by auditd when they hold spaces or quotes,
 * are decoded into {@code cmdline}.
 */
public final class AuditdLog {
    private AuditdLog() {}

    /** Longer lines are not audit records; they are skipped rather than held in memory. */
    private static final int MAX_LINE = 1 << 20;
    private static final Pattern HEADER = Pattern.compile("^(?:node=(\\S+) )?type=(\\S+) msg=audit\\((\\d+)(?:\\.(\\d+))?:(\\d+)\\):\\s?");
    private static final Pattern FIELD = Pattern.compile("([A-Za-z0-9_]+)=(\"[^\"]*\"|'[^']*'|\\S*)");
    public static final List<String> COLUMNS = List.of("TimeGenerated", "EventType", "Computer", "pid", "ppid",
            "exe", "comm", "cmdline", "cwd", "uid", "auid", "acct", "ses", "success");

    /** Whether the file starts like an audit log. */
    public static boolean looksLike(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] head = new char[256];
            int n = in.read(head);
            return n > 0 && HEADER.matcher(new String(head, 0, n)).find();
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** Reads a raw audit log into EXECVE rows. */
    public static DataFrame read(Path file) {
        try (BufferedReader in = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
            return parse(in);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses audit records, one per line. */
    public static DataFrame parse(BufferedReader in) throws IOException {
        Map<String, Map<String, String>> syscalls = new HashMap<>();
        Map<String, String> cwds = new HashMap<>();
        Map<String, Map<String, String>> execs = new LinkedHashMap<>();
        Map<String, Instant> times = new HashMap<>();
        Map<String, String> nodes = new HashMap<>();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.length() > MAX_LINE) {
                continue;
            }
            Matcher header = HEADER.matcher(line);
            if (!header.find()) {
                continue;
            }
            String type = header.group(2);
            String id = header.group(3) + "." + header.group(4) + ":" + header.group(5);
            String millis = header.group(4) == null ? "0" : (header.group(4) + "000").substring(0, 3);
            times.putIfAbsent(id, Instant.ofEpochSecond(Long.parseLong(header.group(3)), Long.parseLong(millis) * 1_000_000L));
            if (header.group(1) != null) {
                nodes.put(id, header.group(1));
            }
            Map<String, String> fields = fields(line.substring(header.end()));
            switch (type) {
                case "SYSCALL" -> syscalls.put(id, fields);
                case "EXECVE" -> execs.put(id, fields);
                case "CWD" -> cwds.put(id, fields.getOrDefault("cwd", ""));
                default -> { }
            }
        }
        List<Object[]> rows = new ArrayList<>();
        for (var exec : execs.entrySet()) {
            String id = exec.getKey();
            Map<String, String> call = syscalls.getOrDefault(id, Map.of());
            rows.add(new Object[] {times.get(id), "SYSCALL_EXECVE", nodes.get(id), number(call.get("pid")),
                number(call.get("ppid")), unquote(call.get("exe")), unquote(call.get("comm")),
                commandLine(exec.getValue()), unquote(cwds.get(id)), number(call.get("uid")), number(call.get("auid")),
                unquote(call.getOrDefault("UID", call.get("uid"))), number(call.get("ses")), call.get("success")});
        }
        Series<?>[] series = new Series<?>[COLUMNS.size()];
        for (int c = 0; c < series.length; c++) {
            Object[] values = new Object[rows.size()];
            for (int r = 0; r < values.length; r++) {
                values[r] = rows.get(r)[c];
            }
            series[c] = Series.of(values);
        }
        return DataFrame.byColumn(COLUMNS.toArray(String[]::new)).of(series);
    }

    private static Map<String, String> fields(String text) {
        Map<String, String> fields = new HashMap<>();
        Matcher field = FIELD.matcher(text);
        while (field.find()) {
            fields.putIfAbsent(field.group(1), field.group(2));
        }
        return fields;
    }

    /** The arguments {@code a0..a(argc-1)}: quoted as written, unquoted ones hex-decoded as auditd encodes them. */
    private static String commandLine(Map<String, String> exec) {
        int argc;
        try {
            argc = Integer.parseInt(exec.getOrDefault("argc", "0"));
        } catch (NumberFormatException e) {
            argc = 0;
        }
        List<String> args = new ArrayList<>();
        for (int i = 0; i < argc; i++) {
            String arg = exec.get("a" + i);
            if (arg != null) {
                args.add(isQuoted(arg) ? unquote(arg) : fromHex(arg));
            }
        }
        return String.join(" ", args);
    }

    private static boolean isQuoted(String value) {
        return value.length() >= 2 && (value.charAt(0) == '"' || value.charAt(0) == '\'');
    }

    private static @Nullable String unquote(@Nullable String value) {
        return value != null && isQuoted(value) ? value.substring(1, value.length() - 1) : value;
    }

    /** auditd writes an argument with spaces or quotes as hex of its bytes. */
    private static String fromHex(String value) {
        if (value.length() % 2 != 0 || !value.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            return value;
        }
        byte[] bytes = java.util.HexFormat.of().parseHex(value);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static @Nullable Long number(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
