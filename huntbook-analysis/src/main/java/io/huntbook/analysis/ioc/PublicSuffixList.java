package io.huntbook.analysis.ioc;

import java.util.Locale;

/**
 * The bundled Public Suffix List's ICANN section, for splitting names: which part of {@code www.bbc.co.uk} is the
 * public suffix ({@code co.uk}). Offline; the same list the extractor uses to accept domains.
 */
public final class PublicSuffixList {
    private PublicSuffixList() {}

    /**
     * The public suffix of a host name (lower case, trailing dot removed): the longest ICANN rule that matches, with
     * wildcards and exceptions; the last label when no rule does (the list's implicit {@code *} rule).
     */
    public static String publicSuffixOf(String hostName) {
        String name = normalize(hostName);
        PublicSuffixes list = PublicSuffixes.get();
        int start = 0;
        while (true) {
            String candidate = name.substring(start);
            if (list.isIcannException(candidate)) {
                return candidate.substring(candidate.indexOf('.') + 1);
            }
            if (list.isIcannSuffix(candidate)) {
                return candidate;
            }
            int dot = name.indexOf('.', start);
            if (dot < 0) {
                return candidate;
            }
            start = dot + 1;
        }
    }

    /** Whether the last label of a name is a top-level domain of the list. */
    public static boolean hasKnownTopLevel(String hostName) {
        String name = normalize(hostName);
        int dot = name.lastIndexOf('.');
        return PublicSuffixes.get().isTopLevel(name, dot + 1, name.length());
    }

    private static String normalize(String hostName) {
        String name = hostName.strip().toLowerCase(Locale.ROOT);
        return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
    }
}
