package io.huntbook.analysis.ioc;

import java.util.List;
import java.util.SplittableRandom;

/** Generators of valid indicators of each built-in type, and of filler text full of near misses. */
final class Indicators {
    private Indicators() {}

    record Generated(String type, String value) {}

    static final List<String> TLDS = List.of("com", "org", "net", "de", "co.uk", "io", "ru", "info", "com.au", "fr");
    private static final List<String> NEAR_MISSES = List.of("1.2.3", "12:30:00", "cmd.exe", "and/or", "a\\nb", "x@",
            "::", "v1.2.3.4.5", "999.1.1.1", "host.local", "Foo::Bar", "/c", "http:", "--flag", "e.g.", "C:",
            "deadbeef", "10/11/2026", "a-b-c", "CVE-20", "(dot)", "user@", "@@", "..", "[x]", "x\\y", "~", "%TEMP%");

    static Generated any(SplittableRandom r) {
        return switch (r.nextInt(15)) {
            case 0 -> new Generated("ipv4", ipv4(r));
            case 1 -> new Generated("ipv6", ipv6(r));
            case 2 -> new Generated("dns", domain(r));
            case 3 -> new Generated("url", url(r));
            case 4 -> new Generated("email", word(r, 1, 10) + (r.nextBoolean() ? "." + word(r, 1, 6) : "") + "@" + domain(r));
            case 5 -> new Generated("windows_path", windowsPath(r));
            case 6 -> new Generated("linux_path", "/" + List.of("tmp", "etc", "var", "home", "opt").get(r.nextInt(5))
                    + "/" + word(r, 1, 8) + (r.nextBoolean() ? "/" + word(r, 1, 8) + ".sh" : ""));
            case 7 -> new Generated("md5_hash", hex(r, 32));
            case 8 -> new Generated("sha1_hash", hex(r, 40));
            case 9 -> new Generated("sha256_hash", hex(r, 64));
            case 10 -> new Generated("sha512_hash", hex(r, 128));
            case 11 -> new Generated("cve", "CVE-" + (1999 + r.nextInt(28)) + "-" + (1000 + r.nextInt(9_000_000)));
            case 12 -> new Generated("mac_address", mac(r));
            case 13 -> new Generated("registry_key", List.of("HKLM", "HKCU", "HKEY_LOCAL_MACHINE").get(r.nextInt(3))
                    + "\\Software\\" + word(r, 2, 10) + "\\" + word(r, 2, 10));
            default -> new Generated("ipv4", ipv4(r));
        };
    }

    static String ipv4(SplittableRandom r) {
        return r.nextInt(1, 256) + "." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(256);
    }

    static String ipv6(SplittableRandom r) {
        List<String> groups = new java.util.ArrayList<>();
        for (int g = 0; g < 8; g++) {
            groups.add(Integer.toHexString(r.nextInt(g == 0 ? 0x2000 : 1, 0x10000)));
        }
        if (r.nextBoolean()) {
            return String.join(":", groups);
        }
        int from = r.nextInt(0, 7);
        int to = Math.min(8, from + r.nextInt(1, 4));
        return String.join(":", groups.subList(0, from)) + "::" + String.join(":", groups.subList(to, 8));
    }

    /** Any text: printable ASCII, controls, the characters indicators are made of, other scripts, astral ones. */
    static String anyText(SplittableRandom r, int maxLength) {
        int length = r.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder(length);
        String special = ".:@/\\[](){}-%~\"' \n\t";
        for (int i = 0; i < length; i++) {
            int kind = r.nextInt(10);
            if (kind < 4) {
                text.append((char) (0x20 + r.nextInt(0x5f)));
            } else if (kind < 7) {
                text.append(special.charAt(r.nextInt(special.length())));
            } else if (kind < 8) {
                text.append((char) r.nextInt(0x20));
            } else if (kind < 9) {
                text.append((char) (0x80 + r.nextInt(0xD800 - 0x80)));
            } else {
                text.appendCodePoint(0x10000 + r.nextInt(0x10FFFF - 0x10000));
            }
        }
        return text.toString();
    }

    static String domain(SplittableRandom r) {
        StringBuilder name = new StringBuilder();
        int labels = r.nextInt(1, 4);
        for (int i = 0; i < labels; i++) {
            name.append(label(r)).append('.');
        }
        return name + TLDS.get(r.nextInt(TLDS.size()));
    }

    static String url(SplittableRandom r) {
        String scheme = List.of("http", "https", "ftp").get(r.nextInt(3));
        String host = r.nextInt(4) == 0 ? ipv4(r) : domain(r);
        String port = r.nextInt(3) == 0 ? ":" + r.nextInt(1, 65536) : "";
        String path = r.nextBoolean() ? "/" + word(r, 1, 8) + "/" + word(r, 1, 8) + ".php" : "/";
        String query = r.nextBoolean() ? "?id=" + r.nextInt(1000) + "&q=" + word(r, 1, 5) : "";
        return scheme + "://" + host + port + path + query;
    }

    static String windowsPath(SplittableRandom r) {
        StringBuilder path = new StringBuilder(r.nextBoolean() ? "C:" : "D:");
        int folders = r.nextInt(1, 4);
        for (int i = 0; i < folders; i++) {
            path.append('\\').append(word(r, 1, 8));
            if (r.nextInt(4) == 0) {
                path.append(' ').append(word(r, 1, 6));
            }
        }
        return path.append('\\').append(word(r, 1, 8)).append(".exe").toString();
    }

    static String mac(SplittableRandom r) {
        String separator = r.nextBoolean() ? ":" : "-";
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            if (i > 0) {
                text.append(separator);
            }
            text.append(hex(r, 2));
        }
        return text.toString();
    }

    static String label(SplittableRandom r) {
        String label = word(r, 1, 12);
        return r.nextInt(5) == 0 && label.length() > 2 ? label.charAt(0) + "-" + label.substring(1) : label;
    }

    static String word(SplittableRandom r, int min, int max) {
        int length = r.nextInt(min, max + 1);
        StringBuilder word = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            word.append((char) (r.nextInt(3) == 0 ? '0' + r.nextInt(10) : 'a' + r.nextInt(26)));
        }
        return word.toString();
    }

    static String hex(SplittableRandom r, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append("0123456789abcdef".charAt(r.nextInt(16)));
        }
        return text.toString();
    }

    /** Words, numbers and near misses separated by spaces: never glued to what is put next to it. */
    static String filler(SplittableRandom r, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) {
            text.append(r.nextInt(3) == 0 ? NEAR_MISSES.get(r.nextInt(NEAR_MISSES.size())) : word(r, 1, 9)).append(' ');
        }
        return text.toString();
    }
}
