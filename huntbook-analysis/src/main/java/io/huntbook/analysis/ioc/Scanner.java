package io.huntbook.analysis.ioc;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The built-in indicator scanner: one pass over the (refanged) text that stops only at anchor characters (dots,
 * colons, '@', slashes, backslashes, hyphens) and at the ends of hex runs, and looks around each anchor with bounded
 * work. Every scanner keeps the end of the last region it examined, so no character is examined twice by one type:
 * the total work is linear in the input whatever it contains, which {@link #work()} lets tests measure.
 * Not thread-safe: one instance per scan.
 */
final class Scanner {
    static final int IPV4 = 0;
    static final int IPV6 = 1;
    static final int DNS = 2;
    static final int URL = 3;
    static final int EMAIL = 4;
    static final int WINDOWS_PATH = 5;
    static final int LINUX_PATH = 6;
    static final int MD5 = 7;
    static final int SHA1 = 8;
    static final int SHA256 = 9;
    static final int SHA512 = 10;
    static final int CVE = 11;
    static final int MAC = 12;
    static final int REGISTRY = 13;
    static final int COUNT = 14;

    private static final int MAX_DOMAIN = 253;
    private static final int MAX_LOCAL_PART = 64;
    private static final int MAX_IPV6 = 45;
    private static final int MAX_SEGMENT = 255;

    private static final RegionSet SCHEMES = new RegionSet(Set.of("http", "https", "ftp", "ftps", "sftp", "sftps", "telnet",
            "ldap", "file"));
    private static final RegionSet REGISTRY_ROOTS = new RegionSet(Set.of("hklm", "hkcu", "hkcr", "hku", "hkcc",
            "hkey_local_machine", "hkey_current_user", "hkey_classes_root", "hkey_users", "hkey_current_config"));
    private static final Set<String> LINUX_ROOTS = Set.of("bin", "boot", "dev", "etc", "home", "lib", "lib32",
            "lib64", "media", "mnt", "opt", "proc", "root", "run", "sbin", "srv", "sys", "tmp", "usr", "var");

    /** Receives each indicator found: its type, its span in the scanned text, and a text when not that span. */
    interface Sink {
        void hit(int type, int start, int end, @Nullable String text);
    }

    private final boolean[] on;
    private final PublicSuffixes suffixes;
    /** Report an IPv4-mapped IPv6 address as IPv6 (validation) rather than as the IPv4 it names (extraction). */
    private final boolean mappedAsIpv6;
    private long work;

    private String s = "";
    private int n;
    private Sink sink = (type, start, end, text) -> { };
    private int dnsCovered;
    private int ipv4Covered;
    private int ipv6Covered;
    private int urlCovered;
    private int windowsCovered;
    private int registryCovered;
    private int linuxCovered;

    Scanner(boolean[] on, PublicSuffixes suffixes, boolean mappedAsIpv6) {
        this.on = on;
        this.suffixes = suffixes;
        this.mappedAsIpv6 = mappedAsIpv6;
    }

    /** Characters examined so far (main pass plus every local look-around): the measure of linear time. */
    long work() {
        return work;
    }

    void scan(String text, Sink out) {
        s = text;
        n = text.length();
        sink = out;
        dnsCovered = ipv4Covered = ipv6Covered = urlCovered = windowsCovered = registryCovered = linuxCovered = 0;
        if (on[MD5] || on[SHA1] || on[SHA256] || on[SHA512]) {
            hexRuns();
        }
        // Each anchor character is found with String.indexOf, which the JDK vectorises; every scanner that keeps
        // a coverage mark is started by one anchor character only, so the streams need no merging.
        if (on[DNS] || on[IPV4] || on[MAC]) {
            anchors('.');
        }
        if (on[URL] || on[IPV6] || on[MAC]) {
            anchors(':');
        }
        if (on[MAC] || on[CVE]) {
            anchors('-');
        }
        if (on[EMAIL]) {
            anchors('@');
        }
        if (on[WINDOWS_PATH] || on[REGISTRY]) {
            anchors('\\');
        }
        if (on[LINUX_PATH]) {
            anchors('/');
        }
    }

    private void anchors(char c) {
        work += n;
        for (int i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) {
            anchor(c, i);
        }
    }

    /**
     * Maximal hex runs of a hash's length, found without looking at every character: a run of 32 or more that
     * reaches position i + 31 must include it, so a non-hex character there rules out the next 32 starts at once.
     */
    private void hexRuns() {
        int i = 0; // i == 0, or s[i - 1] is not a hex digit
        while (i + 32 <= n) {
            work++;
            if (!Chars.isHex(s.charAt(i + 31))) {
                i += 32;
                continue;
            }
            int k = i + 30;
            while (k >= i && Chars.isHex(s.charAt(k))) {
                k--;
            }
            work += i + 31 - k;
            if (k >= i) {
                i = k + 1;
                continue;
            }
            int end = i + 32;
            while (end < n && Chars.isHex(s.charAt(end))) {
                end++;
            }
            work += end - i - 32;
            hexRun(i, end);
            i = end + 1;
        }
    }

    private void anchor(char c, int i) {
        switch (c) {
            case '.' -> {
                if (on[DNS] && i >= dnsCovered) {
                    domainRun(i);
                }
                if (on[IPV4] && i >= ipv4Covered && i > 0 && Chars.isDigit(s.charAt(i - 1))) {
                    ipv4Run(i);
                }
                if (on[MAC]) {
                    dottedMac(i);
                }
            }
            case ':' -> {
                if (on[URL] && i >= urlCovered && i + 2 < n && s.charAt(i + 1) == '/' && s.charAt(i + 2) == '/') {
                    url(i);
                }
                if (on[IPV6] && i >= ipv6Covered) {
                    ipv6Run(i);
                }
                if (on[MAC]) {
                    mac(i, ':');
                }
            }
            case '-' -> {
                if (on[MAC]) {
                    mac(i, '-');
                }
                if (on[CVE]) {
                    cve(i);
                }
            }
            case '@' -> {
                if (on[EMAIL]) {
                    email(i);
                }
            }
            case '\\' -> {
                if (on[WINDOWS_PATH] && i >= windowsCovered) {
                    windowsPath(i);
                }
                if (on[REGISTRY] && i >= registryCovered) {
                    registryKey(i);
                }
            }
            case '/' -> {
                if (on[LINUX_PATH] && i >= linuxCovered) {
                    linuxPath(i);
                }
            }
            default -> { }
        }
    }

    // ---- hashes -------------------------------------------------------------------------------------------------

    private void hexRun(int start, int end) {
        int type = switch (end - start) {
            case 32 -> MD5;
            case 40 -> SHA1;
            case 64 -> SHA256;
            case 128 -> SHA512;
            default -> -1;
        };
        if (type >= 0 && on[type]) {
            sink.hit(type, start, end, null);
        }
    }

    // ---- domains --------------------------------------------------------------------------------------------------

    /** The run of label characters and dots around the first dot at i, split at empty or malformed labels. */
    private void domainRun(int i) {
        int start = i;
        while (start > dnsCovered && Chars.isLabel(s.charAt(start - 1))) {
            start--;
        }
        int end = i;
        while (end < n && (s.charAt(end) == '.' || Chars.isLabel(s.charAt(end)))) {
            end++;
        }
        dnsCovered = end;
        work += end - start;
        int sequenceStart = -1;
        int labelStart = start;
        int previousEnd = start;
        for (int p = start; p <= end; p++) {
            if (p < end && s.charAt(p) != '.') {
                continue;
            }
            int a = labelStart;
            while (a < p && s.charAt(a) == '-') {
                a++;
            }
            boolean valid = p > a && p - a <= 63 && s.charAt(p - 1) != '-';
            if (valid && a > labelStart) {
                // "-foo.com": the hyphens are a switch or a separator, the name starts after them.
                domainSequence(sequenceStart, previousEnd);
                sequenceStart = a;
            } else if (!valid) {
                domainSequence(sequenceStart, previousEnd);
                sequenceStart = -1;
            } else if (sequenceStart < 0) {
                sequenceStart = a;
            }
            previousEnd = p;
            labelStart = p + 1;
        }
        domainSequence(sequenceStart, previousEnd);
    }

    private void domainSequence(int start, int end) {
        if (start < 0 || end <= start) {
            return;
        }
        if (end < n && s.charAt(end) == '@') {
            return; // the local part of an email address
        }
        if (isDomain(s, start, end)) {
            sink.hit(DNS, start, end, null);
        }
    }

    /** Whether str[start, end) is a domain: two or more well-formed labels, ending in a listed top-level domain. */
    boolean isDomain(String str, int start, int end) {
        if (end - start > MAX_DOMAIN || end - start < 3) {
            return false;
        }
        int labels = 0;
        int labelStart = start;
        for (int p = start; p <= end; p++) {
            if (p < end && str.charAt(p) != '.') {
                if (!Chars.isLabel(str.charAt(p))) {
                    return false;
                }
                continue;
            }
            int length = p - labelStart;
            if (length == 0 || length > 63 || str.charAt(labelStart) == '-' || str.charAt(p - 1) == '-') {
                return false;
            }
            labels++;
            if (p < end) {
                labelStart = p + 1;
            }
        }
        if (labels < 2) {
            return false;
        }
        if (!isTopLevel(str, labelStart, end)) {
            return false;
        }
        return !suffixes.isIcannSuffix(str, start, end);
    }

    private boolean isTopLevel(String str, int start, int end) {
        boolean punycode = end - start > 4 && str.regionMatches(true, start, "xn--", 0, 4);
        if (!punycode) {
            if (end - start < 2) {
                return false;
            }
            for (int p = start; p < end; p++) {
                char c = str.charAt(p);
                if (c < 128 ? !Chars.isAsciiLetter(c) : !Character.isLetter(c)) {
                    return false;
                }
            }
        }
        work += end - start;
        return suffixes.isTopLevel(str, start, end);
    }

    // ---- IPv4 -----------------------------------------------------------------------------------------------------

    private void ipv4Run(int i) {
        int start = i - 1;
        while (start > ipv4Covered && isDigitOrDot(s.charAt(start - 1))) {
            start--;
        }
        int end = i;
        while (end < n && isDigitOrDot(s.charAt(end))) {
            end++;
        }
        ipv4Covered = end;
        work += end - start;
        int a = start;
        while (a < end && s.charAt(a) == '.') {
            a++;
        }
        int b = end;
        while (b > a && s.charAt(b - 1) == '.') {
            b--;
        }
        if (start > 0 && Chars.isAlnum(s.charAt(start - 1)) || end < n && Chars.isAlnum(s.charAt(end))) {
            return;
        }
        if (isIpv4(s, a, b)) {
            sink.hit(IPV4, a, b, null);
        }
    }

    private static boolean isDigitOrDot(char c) {
        return c == '.' || c >= '0' && c <= '9';
    }

    /** Exactly four decimal octets of 1-3 digits, each 0-255. */
    static boolean isIpv4(String str, int start, int end) {
        int octets = 0;
        int value = 0;
        int digits = 0;
        for (int p = start; p <= end; p++) {
            char c = p < end ? str.charAt(p) : '.';
            if (c == '.') {
                if (digits == 0 || value > 255) {
                    return false;
                }
                octets++;
                value = 0;
                digits = 0;
            } else if (c >= '0' && c <= '9') {
                if (++digits > 3) {
                    return false;
                }
                value = value * 10 + (c - '0');
            } else {
                return false;
            }
        }
        return octets == 4;
    }

    // ---- IPv6 -----------------------------------------------------------------------------------------------------

    private void ipv6Run(int i) {
        int start = i;
        while (start > ipv6Covered && isIpv6Char(s.charAt(start - 1))) {
            start--;
        }
        int end = i;
        while (end < n && isIpv6Char(s.charAt(end))) {
            end++;
        }
        ipv6Covered = end;
        work += end - start;
        int a = start;
        int b = end;
        while (b > a && s.charAt(b - 1) == '.') {
            b--; // the end of a sentence
        }
        if (b - a >= 2 && s.charAt(b - 1) == ':' && s.charAt(b - 2) != ':') {
            b--; // "fe80::1: refused"
        }
        boolean glued = start > 0 && (Chars.isAlnum(s.charAt(start - 1)) || s.charAt(start - 1) == '_');
        if (!ipv6Candidate(a, b, end, glued)) {
            // "src:fe80::1", "ip:fe80::1": the text before the first single colon is a key, not part of the address.
            int colon = a;
            while (colon < b && colon - a <= 4 && s.charAt(colon) != ':') {
                colon++;
            }
            if (colon < b - 1 && s.charAt(colon) == ':' && s.charAt(colon + 1) != ':') {
                ipv6Candidate(colon + 1, b, end, false);
            }
        }
    }

    private boolean ipv6Candidate(int a, int b, int runEnd, boolean glued) {
        if (glued || b - a > MAX_IPV6 || b - a < 2) {
            return false;
        }
        int zoneEnd = b;
        if (b == runEnd && runEnd < n && s.charAt(runEnd) == '%') {
            int z = runEnd + 1;
            while (z < n && z - runEnd <= 32 && isZoneChar(s.charAt(z))) {
                z++;
            }
            work += z - runEnd;
            if (z > runEnd + 1) {
                zoneEnd = z;
                ipv6Covered = Math.max(ipv6Covered, z);
            }
        }
        if (zoneEnd < n && (Chars.isAlnum(s.charAt(zoneEnd)) || s.charAt(zoneEnd) == '_')) {
            return false;
        }
        long mapped = Ipv6.parse(s, a, b);
        if (mapped == Ipv6.INVALID) {
            return false;
        }
        if (mapped >= 0 && !mappedAsIpv6) {
            // An IPv4-mapped address names an IPv4 host: report that (the dotted form is found by the IPv4 scan).
            if (on[IPV4] && !Ipv6.hasDottedTail(s, a, b)) {
                sink.hit(IPV4, a, zoneEnd, Ipv6.dotted(mapped));
            }
            return true;
        }
        sink.hit(IPV6, a, zoneEnd, null);
        return true;
    }

    private static boolean isIpv6Char(char c) {
        return c == ':' || c == '.' || Chars.isHex(c);
    }

    private static boolean isZoneChar(char c) {
        return Chars.isAlnum(c) && c < 128 || c == '_' || c == '-' || c == '.';
    }

    // ---- URLs -----------------------------------------------------------------------------------------------------

    private void url(int colon) {
        UrlSpan span = urlAt(s, colon);
        // Even a rejected URL's authority is not looked at again: the next "://" lies after its first '/'.
        urlCovered = Math.max(colon + 3, urlReach);
        if (span == null) {
            return;
        }
        sink.hit(URL, span.start, span.end, null);
        if (span.percent) {
            embeddedUrl(span);
        }
    }

    /** How far the last {@link #urlAt} call looked. */
    private int urlReach;

    /**
     * A URL whose scheme ends at {@code colon} ("://" follows), or null. The authority is checked before the rest is
     * scanned, so a run of rejected schemes costs only their authorities, which do not overlap.
     */
    private @Nullable UrlSpan urlAt(String str, int colon) {
        int length = str.length();
        urlReach = colon + 3;
        int start = -1;
        for (int k = Math.max(0, colon - 6); k <= colon - 3; k++) {
            if (SCHEMES.contains(str, k, colon)) {
                start = k;
                break;
            }
        }
        if (start < 0) {
            return null;
        }
        int authority = colon + 3;
        int authorityEnd = authority;
        int at = -1;
        while (authorityEnd < length) {
            char c = str.charAt(authorityEnd);
            if (!Chars.isUrl(c) || c == '/' || c == '?' || c == '#') {
                break;
            }
            if (c == '@') {
                at = authorityEnd;
            }
            authorityEnd++;
        }
        urlReach = authorityEnd;
        work += authorityEnd - start;
        int hostStart = at >= 0 ? at + 1 : authority;
        int hostEnd = hostEnd(str, hostStart, authorityEnd);
        boolean file = colon - start == 4 && str.regionMatches(true, start, "file", 0, 4);
        if (hostEnd < 0 || hostEnd == hostStart && !file) {
            return null;
        }
        int end = authorityEnd;
        int opened = 0;
        int closed = 0;
        boolean percent = false;
        for (int p = authority; p < authorityEnd; p++) {
            percent |= str.charAt(p) == '%';
        }
        while (end < length) {
            char c = str.charAt(end);
            if (!Chars.isUrl(c)) {
                break;
            }
            switch (c) {
                case '(', '[' -> opened++;
                case ')', ']' -> closed++;
                case '%' -> percent = true;
                default -> { }
            }
            end++;
        }
        urlReach = end;
        work += end - authorityEnd;
        int floor = Math.max(hostStart + 1, authority);
        while (end > floor) {
            char c = str.charAt(end - 1);
            if (".,;:!?'\"*".indexOf(c) >= 0) {
                end--;
            } else if ((c == ')' || c == ']') && closed > opened) {
                closed--;
                end--;
            } else {
                break;
            }
        }
        if (end <= authority && !file) {
            return null;
        }
        return new UrlSpan(start, end, hostStart, Math.min(hostEnd, end), percent);
    }

    /** The end of the host that starts the authority part [hostStart, authorityEnd), or -1 when it is malformed. */
    private static int hostEnd(String str, int hostStart, int authorityEnd) {
        int hostEnd;
        if (hostStart < authorityEnd && str.charAt(hostStart) == '[') {
            int close = str.indexOf(']', hostStart);
            if (close < 0 || close >= authorityEnd) {
                return -1;
            }
            hostEnd = close + 1;
        } else {
            hostEnd = hostStart;
            while (hostEnd < authorityEnd && Chars.isHost(str.charAt(hostEnd))) {
                hostEnd++;
            }
        }
        if (hostEnd < authorityEnd && str.charAt(hostEnd) != ':') {
            return -1;
        }
        for (int p = hostEnd + 1; p < authorityEnd; p++) {
            if (!Chars.isDigit(str.charAt(p))) {
                // A port is digits; trailing punctuation after the host ("http://evil.com:") is trimmed later.
                if (".,;:!?'\")]".indexOf(str.charAt(p)) < 0) {
                    return -1;
                }
            }
        }
        return hostEnd;
    }

    private record UrlSpan(int start, int end, int hostStart, int hostEnd, boolean percent) {}

    /**
     * A percent-encoded URL inside a URL (a redirect target, a tracking link): decoded once, the first one is
     * reported with its host, as MSTICPy does with {@code unquote}. Reported once per URL, so the output stays linear.
     */
    private void embeddedUrl(UrlSpan outer) {
        String decoded = percentDecode(s, outer.start, outer.end);
        int from = outer.hostStart - outer.start;
        int colon = decoded.indexOf("://", from);
        work += decoded.length();
        if (colon < 0) {
            return;
        }
        UrlSpan inner = urlAt(decoded, colon);
        if (inner == null) {
            return;
        }
        sink.hit(URL, outer.start, outer.end, decoded.substring(inner.start, inner.end));
        String host = decoded.substring(inner.hostStart, inner.hostEnd);
        if (isIpv4(host, 0, host.length())) {
            if (on[IPV4]) {
                sink.hit(IPV4, outer.start, outer.end, host);
            }
        } else if (on[DNS] && isDomain(host, 0, host.length())) {
            sink.hit(DNS, outer.start, outer.end, host);
        }
    }

    private static String percentDecode(String str, int start, int end) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(end - start);
        StringBuilder out = new StringBuilder(end - start);
        for (int p = start; p < end; p++) {
            char c = str.charAt(p);
            if (c == '%' && p + 2 < end && Chars.isHex(str.charAt(p + 1)) && Chars.isHex(str.charAt(p + 2))) {
                bytes.write(Character.digit(str.charAt(p + 1), 16) * 16 + Character.digit(str.charAt(p + 2), 16));
                p += 2;
                continue;
            }
            if (bytes.size() > 0) {
                out.append(bytes.toString(StandardCharsets.UTF_8));
                bytes.reset();
            }
            out.append(c);
        }
        if (bytes.size() > 0) {
            out.append(bytes.toString(StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    // ---- email ----------------------------------------------------------------------------------------------------

    private void email(int at) {
        int start = at;
        while (start > 0 && at - start <= MAX_LOCAL_PART && Chars.is(s.charAt(start - 1), Chars.LOCAL)) {
            start--;
        }
        work += at - start;
        if (at - start > MAX_LOCAL_PART) {
            return;
        }
        while (start < at && s.charAt(start) == '.') {
            start++;
        }
        if (start == at || s.charAt(at - 1) == '.') {
            return;
        }
        int end = at + 1;
        while (end < n && end - at <= MAX_DOMAIN + 1 && (s.charAt(end) == '.' || Chars.isLabel(s.charAt(end)))) {
            end++;
        }
        work += end - at;
        while (end > at + 1 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == '-')) {
            end--;
        }
        if (isDomain(s, at + 1, end)) {
            sink.hit(EMAIL, start, end, null);
        }
    }

    // ---- Windows paths and registry keys --------------------------------------------------------------------------

    private void windowsPath(int i) {
        int root = windowsRoot(i);
        if (root < 0) {
            return;
        }
        int end = backslashPathEnd(i);
        windowsCovered = Math.max(i + 1, lastScanEnd);
        if (end > i + 1) {
            sink.hit(WINDOWS_PATH, root, end, null);
        }
    }

    /** Where the root of a Windows path ending at the backslash i starts ("C:", "\\server", ".", "%VAR%"), or -1. */
    private int windowsRoot(int i) {
        if (i >= 2 && s.charAt(i - 1) == ':' && Chars.isAsciiLetter(s.charAt(i - 2))
                && (i == 2 || !Chars.isAlnum(s.charAt(i - 3)))) {
            return i - 2;
        }
        if (i > 0 && s.charAt(i - 1) == '.') {
            int r = i - 1;
            if (r > 0 && s.charAt(r - 1) == '.') {
                r--;
            }
            return r == 0 || !Chars.isAlnum(s.charAt(r - 1)) && s.charAt(r - 1) != '.' ? r : -1;
        }
        if (i > 0 && s.charAt(i - 1) == '%') {
            int r = i - 2;
            while (r >= 0 && i - r < 40 && (Chars.isAlnum(s.charAt(r)) || s.charAt(r) == '_')) {
                r--;
            }
            work += i - r;
            if (r >= 0 && r < i - 2 && s.charAt(r) == '%' && (r == 0 || !Chars.isAlnum(s.charAt(r - 1)))) {
                return r;
            }
            return -1;
        }
        if (i + 1 < n && s.charAt(i + 1) == '\\' && (i == 0 || !Chars.isAlnum(s.charAt(i - 1))
                && s.charAt(i - 1) != '\\' && s.charAt(i - 1) != ':')) {
            int p = i;
            while (p < n && p - i < 4 && s.charAt(p) == '\\') {
                p++;
            }
            int server = p;
            while (p < n && p - server < MAX_SEGMENT && (Chars.isAlnum(s.charAt(p)) || "_.$-".indexOf(s.charAt(p)) >= 0)) {
                p++;
            }
            work += p - i;
            return p > server && p < n && s.charAt(p) == '\\' ? i : -1;
        }
        return -1;
    }

    /** Where the furthest character scanned by the last {@link #backslashPathEnd} call is. */
    private int lastScanEnd;

    /**
     * The end of a backslash path whose first separator is at i: folder names may hold spaces (MSTICPy's rule),
     * the last name ends at a space; a trailing separator or punctuation is not part of it.
     */
    private int backslashPathEnd(int i) {
        int p = i;
        int lastSeparator = i;
        int segment = 0;
        boolean wordHasDot = false;
        while (p < n) {
            char c = s.charAt(p);
            if (c == '\\') {
                lastSeparator = p;
                segment = 0;
                wordHasDot = false;
            } else if (Chars.is(c, Chars.WIN_FOLDER_STOP) || ++segment > MAX_SEGMENT
                    || c == ' ' && (wordHasDot || p + 1 < n && endsFolderWords(p + 1))) {
                break; // "evil.exe arg": a file name with its extension ends the path at the space
            } else if (c == '.') {
                wordHasDot = true;
            } else if (c == ' ') {
                wordHasDot = false;
            }
            p++;
        }
        int fileStart = lastSeparator + 1;
        int end = fileStart;
        while (end < n && end - fileStart <= MAX_SEGMENT && !Chars.is(s.charAt(end), Chars.WIN_FILE_STOP)) {
            end++;
        }
        lastScanEnd = Math.max(p, end);
        work += lastScanEnd - i;
        while (end > fileStart && ".:'),]".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end == fileStart) {
            end = lastSeparator;
            while (end > i && s.charAt(end - 1) == '\\') {
                end--;
            }
        }
        return end;
    }

    /**
     * Whether the space before {@code p} ends a path whose folder names have spaces: another space, a switch, or the
     * root of another path or key ("C:\\", "\\\\", "HKLM\\") follows. Bounded look-ahead.
     */
    private boolean endsFolderWords(int p) {
        char c = s.charAt(p);
        if (c == ' ' || c == '-' || c == '\\' || c == '%') {
            return true;
        }
        if (p + 2 < n && s.charAt(p + 1) == ':' && s.charAt(p + 2) == '\\') {
            return true;
        }
        int q = p;
        while (q < n && q - p < 19 && (Chars.isAsciiLetter(s.charAt(q)) || s.charAt(q) == '_')) {
            q++;
        }
        work += q - p;
        if (q < n && (s.charAt(q) == '\\' || s.charAt(q) == ':') && q - p >= 3) {
            return REGISTRY_ROOTS.contains(s, p, q);
        }
        return false;
    }

    private void registryKey(int i) {
        int tokenEnd = i > 0 && s.charAt(i - 1) == ':' ? i - 1 : i;
        int r = tokenEnd;
        while (r > 0 && tokenEnd - r < 19 && (Chars.isAsciiLetter(s.charAt(r - 1)) || s.charAt(r - 1) == '_')) {
            r--;
        }
        work += i - r;
        if (tokenEnd - r < 3 || (s.charAt(r) | 0x20) != 'h' || (s.charAt(r + 1) | 0x20) != 'k'
                || r > 0 && (Chars.isAlnum(s.charAt(r - 1)) || s.charAt(r - 1) == '_')) {
            return;
        }
        if (!REGISTRY_ROOTS.contains(s, r, tokenEnd)) {
            return;
        }
        int end = backslashPathEnd(i);
        registryCovered = Math.max(i + 1, lastScanEnd);
        if (end > i + 1) {
            sink.hit(REGISTRY, r, end, null);
        }
    }

    // ---- Linux paths ----------------------------------------------------------------------------------------------

    private void linuxPath(int i) {
        int root = i;
        boolean relative = false;
        if (i > 0 && (s.charAt(i - 1) == '.' || s.charAt(i - 1) == '~')) {
            root = i - 1;
            if (s.charAt(root) == '.' && root > 0 && s.charAt(root - 1) == '.') {
                root--;
            }
            relative = true;
        }
        if (root > 0 && !Chars.is(s.charAt(root - 1), Chars.LINUX_BEFORE)) {
            return;
        }
        int p = i;
        int segments = 0;
        int firstSegmentStart = -1;
        int firstSegmentEnd = -1;
        while (p < n && Chars.isLinux(s.charAt(p))) {
            if (s.charAt(p) == '/') {
                if (segments == 1 && firstSegmentEnd < 0) {
                    firstSegmentEnd = p;
                }
            } else if (p == 0 || s.charAt(p - 1) == '/') {
                segments++;
                if (segments == 1) {
                    firstSegmentStart = p;
                }
            }
            p++;
        }
        linuxCovered = p;
        work += p - i;
        int end = p;
        while (end > i && ".,:!)]}/".indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        if (segments == 0 || end <= i + 1) {
            return;
        }
        if (!relative && segments == 1) {
            int segmentEnd = Math.min(end, firstSegmentEnd < 0 ? end : firstSegmentEnd);
            if (firstSegmentStart < 0 || firstSegmentStart >= segmentEnd
                    || !LINUX_ROOTS.contains(s.substring(firstSegmentStart, segmentEnd))) {
                return; // "/c", "/quiet": command-line switches, not paths
            }
        }
        sink.hit(LINUX_PATH, root, end, null);
    }

    // ---- CVE ids and MAC addresses --------------------------------------------------------------------------------

    private void cve(int i) {
        if (i < 3 || !s.regionMatches(true, i - 3, "CVE", 0, 3) || i > 3 && Chars.isAlnum(s.charAt(i - 4))) {
            return;
        }
        int p = i + 1;
        while (p < n && p - i <= 4 && Chars.isDigit(s.charAt(p))) {
            p++;
        }
        if (p - i != 5 || p >= n || s.charAt(p) != '-') {
            return;
        }
        int q = p + 1;
        while (q < n && q - p <= 19 && Chars.isDigit(s.charAt(q))) {
            q++;
        }
        work += q - i;
        if (q - p - 1 >= 4 && (q == n || !Chars.isAlnum(s.charAt(q)))) {
            sink.hit(CVE, i - 3, q, null);
        }
    }

    /** "00:1a:2b:3c:4d:5e" or "00-1A-2B-3C-4D-5E" whose first separator is at i. */
    private void mac(int i, char separator) {
        int start = i - 2;
        if (start < 0 || !Chars.isHex(s.charAt(start)) || !Chars.isHex(s.charAt(start + 1))) {
            return;
        }
        if (start > 0 && isMacGlue(s.charAt(start - 1))) {
            return;
        }
        int end = start + 17;
        if (end > n) {
            return;
        }
        for (int k = 0; k < 6; k++) {
            int p = start + 3 * k;
            if (!Chars.isHex(s.charAt(p)) || !Chars.isHex(s.charAt(p + 1)) || k < 5 && s.charAt(p + 2) != separator) {
                return;
            }
        }
        work += 17;
        if (end < n && (isMacGlue(s.charAt(end)) && s.charAt(end) != '.' || s.charAt(end) == '.' && end + 1 < n
                && Chars.isAlnum(s.charAt(end + 1)))) {
            return;
        }
        sink.hit(MAC, start, end, null);
    }

    /** Cisco's "0011.2233.4455" whose first dot is at i. */
    private void dottedMac(int i) {
        int start = i - 4;
        int end = start + 14;
        if (start < 0 || end > n || start > 0 && isMacGlue(s.charAt(start - 1))) {
            return;
        }
        for (int k = 0; k < 14; k++) {
            char c = s.charAt(start + k);
            if (k == 4 || k == 9 ? c != '.' : !Chars.isHex(c)) {
                return;
            }
        }
        work += 14;
        if (end < n && (Chars.isAlnum(s.charAt(end)) || s.charAt(end) == '.' && end + 1 < n
                && Chars.isAlnum(s.charAt(end + 1)))) {
            return;
        }
        sink.hit(MAC, start, end, null);
    }

    private static boolean isMacGlue(char c) {
        return Chars.isAlnum(c) || c == ':' || c == '-' || c == '.' || c == '_';
    }
}
