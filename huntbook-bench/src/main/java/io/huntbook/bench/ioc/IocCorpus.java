package io.huntbook.bench.ioc;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic security text for the IoC extraction benchmark (same seed, same bytes). The mixed corpus cycles
 * through six kinds of line in equal shares: Windows command lines (with paths, switches, encoded arguments), proxy
 * access-log lines (URLs with queries), firewall lines (IPv4 and IPv6 pairs with ports), JSON events (escaped
 * Windows paths, hashes, hosts, GUIDs), defanged threat-report prose, and plain prose with version numbers and times
 * that must not match. The match-dense corpus is nothing but indicators separated by single spaces.
 */
public final class IocCorpus {
    private IocCorpus() {}

    private static final List<String> WORDS = List.of("the", "process", "connected", "to", "after", "user", "logon",
            "observed", "service", "created", "file", "from", "server", "alert", "with", "beacon", "every", "minutes",
            "scheduled", "task", "version", "update", "policy", "session", "token", "request", "denied", "allowed");
    private static final List<String> TLDS = List.of("com", "net", "org", "io", "ru", "co.uk", "de", "info", "xyz");
    private static final List<String> EXES = List.of("cmd.exe", "powershell.exe", "rundll32.exe", "svchost.exe",
            "wscript.exe", "mshta.exe", "regsvr32.exe", "certutil.exe");

    /** About {@code size} characters of mixed security text, whole lines. */
    public static String mixed(long seed, int size) {
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder text = new StringBuilder(size + 512);
        int kind = 0;
        while (text.length() < size) {
            switch (kind++ % 6) {
                case 0 -> commandLine(r, text);
                case 1 -> proxyLine(r, text);
                case 2 -> firewallLine(r, text);
                case 3 -> jsonEvent(r, text);
                case 4 -> defangedReport(r, text);
                default -> prose(r, text);
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** About {@code size} characters of indicators only. */
    public static String dense(long seed, int size) {
        SplittableRandom r = new SplittableRandom(seed);
        StringBuilder text = new StringBuilder(size + 256);
        while (text.length() < size) {
            switch (r.nextInt(8)) {
                case 0 -> text.append(ipv4(r));
                case 1 -> text.append(domain(r));
                case 2 -> text.append("https://").append(domain(r)).append("/a/").append(word(r)).append(".php");
                case 3 -> text.append(word(r)).append('@').append(domain(r));
                case 4 -> text.append(hex(r, 32));
                case 5 -> text.append(hex(r, 64));
                case 6 -> text.append("2001:db8:").append(Integer.toHexString(r.nextInt(0x10000))).append("::")
                        .append(Integer.toHexString(r.nextInt(1, 0x10000)));
                default -> text.append("C:\\Users\\").append(word(r)).append("\\AppData\\").append(word(r)).append(".exe");
            }
            text.append(r.nextInt(10) == 0 ? '\n' : ' ');
        }
        return text.toString();
    }

    private static void commandLine(SplittableRandom r, StringBuilder text) {
        text.append("\"C:\\Windows\\System32\\").append(pick(r, EXES)).append("\" /c ");
        switch (r.nextInt(3)) {
            case 0 -> text.append("powershell -nop -w hidden -enc ").append(base64(r, 40 + r.nextInt(60)));
            case 1 -> text.append("copy \\\\").append(word(r)).append("-srv\\share\\").append(word(r)).append(".dll ")
                    .append("C:\\ProgramData\\").append(word(r)).append("\\").append(word(r)).append(".dll");
            default -> text.append("certutil -urlcache -f http://").append(domain(r)).append("/").append(word(r))
                    .append(".bin %TEMP%\\").append(word(r)).append(".exe");
        }
    }

    private static void proxyLine(SplittableRandom r, StringBuilder text) {
        text.append("2026-11-27T").append(two(r, 24)).append(':').append(two(r, 60)).append(':').append(two(r, 60))
                .append("Z ").append(ipv4(r)).append(" GET ").append(r.nextBoolean() ? "https" : "http").append("://")
                .append(domain(r)).append('/').append(word(r)).append('/').append(word(r)).append("?id=")
                .append(r.nextInt(100000)).append("&ref=").append(word(r)).append(" 200 ").append(r.nextInt(99999))
                .append(" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\"");
    }

    private static void firewallLine(SplittableRandom r, StringBuilder text) {
        boolean v6 = r.nextInt(4) == 0;
        text.append("Nov 27 ").append(two(r, 24)).append(':').append(two(r, 60)).append(':').append(two(r, 60))
                .append(" fw01 kernel: ").append(r.nextBoolean() ? "DROP" : "ACCEPT").append(" IN=eth0 OUT= MAC=")
                .append(mac(r)).append(" SRC=").append(v6 ? "2001:db8::" + Integer.toHexString(r.nextInt(1, 65536)) : ipv4(r))
                .append(" DST=").append(v6 ? "fe80::1" : ipv4(r)).append(" LEN=").append(40 + r.nextInt(1400))
                .append(" PROTO=TCP SPT=").append(1024 + r.nextInt(60000)).append(" DPT=").append(r.nextInt(1, 1024));
    }

    private static void jsonEvent(SplittableRandom r, StringBuilder text) {
        text.append("{\"TimeGenerated\":\"2026-11-27T10:").append(two(r, 60)).append(":00.000Z\",\"Computer\":\"")
                .append(word(r)).append(".corp.contoso.com\",\"EventID\":4688,\"NewProcessName\":\"C:\\\\Windows\\\\System32\\\\")
                .append(pick(r, EXES)).append("\",\"SHA256\":\"").append(hex(r, 64)).append("\",\"ProcessGuid\":\"{")
                .append(hex(r, 8)).append('-').append(hex(r, 4)).append('-').append(hex(r, 4)).append('-')
                .append(hex(r, 4)).append('-').append(hex(r, 12)).append("}\",\"RemoteIp\":\"").append(ipv4(r))
                .append("\",\"Account\":\"").append(word(r)).append("@contoso.com\"}");
    }

    private static void defangedReport(SplittableRandom r, StringBuilder text) {
        text.append("The actor staged payloads at hxxps://").append(word(r)).append("[.]").append(pick(r, TLDS))
                .append("/").append(word(r)).append(" and used 185.").append(r.nextInt(256)).append(".")
                .append(r.nextInt(256)).append("[.]").append(r.nextInt(256)).append(" for C2; phishing came from ")
                .append(word(r)).append("[at]").append(word(r)).append("[.]com (see CVE-2024-").append(1000 + r.nextInt(40000))
                .append(", md5 ").append(hex(r, 32)).append(").");
    }

    private static void prose(SplittableRandom r, StringBuilder text) {
        for (int i = 6 + r.nextInt(14); i > 0; i--) {
            text.append(pick(r, WORDS)).append(' ');
        }
        text.append("version ").append(r.nextInt(10)).append('.').append(r.nextInt(20)).append('.').append(r.nextInt(300))
                .append(" at ").append(two(r, 24)).append(':').append(two(r, 60)).append(", e.g. step 1/3.");
    }

    private static String pick(SplittableRandom r, List<String> values) {
        return values.get(r.nextInt(values.size()));
    }

    private static String ipv4(SplittableRandom r) {
        return r.nextInt(1, 224) + "." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    private static String domain(SplittableRandom r) {
        return (r.nextBoolean() ? "www." : "") + word(r) + "." + pick(r, TLDS);
    }

    private static String word(SplittableRandom r) {
        int length = 3 + r.nextInt(8);
        StringBuilder word = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + r.nextInt(26)));
        }
        return word.toString();
    }

    private static String hex(SplittableRandom r, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append("0123456789abcdef".charAt(r.nextInt(16)));
        }
        return text.toString();
    }

    private static String base64(SplittableRandom r, int length) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        StringBuilder text = new StringBuilder(length + 2);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(r.nextInt(64)));
        }
        return text.append("==").toString();
    }

    private static String mac(SplittableRandom r) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            text.append(i == 0 ? "" : ":").append(hex(r, 2));
        }
        return text.toString();
    }

    private static String two(SplittableRandom r, int bound) {
        int value = r.nextInt(bound);
        return value < 10 ? "0" + value : String.valueOf(value);
    }
}
