package io.huntbook.analysis.ioc;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A set of lower-case strings that answers for a region of a text, case-insensitively, without allocating when the
 * region is ASCII: the scanners ask it about every dotted word, so a substring per question would dominate.
 */
final class RegionSet {
    private final String[] table;
    private final int mask;
    private final Set<String> all;

    RegionSet(Collection<String> values) {
        this.all = Set.copyOf(new HashSet<>(values));
        int capacity = Integer.highestOneBit(Math.max(16, values.size() * 3)) << 1;
        this.table = new String[capacity];
        this.mask = capacity - 1;
        for (String value : all) {
            int slot = hash(value, 0, value.length()) & mask;
            while (table[slot] != null) {
                slot = (slot + 1) & mask;
            }
            table[slot] = value;
        }
    }

    boolean contains(String value) {
        return all.contains(value);
    }

    /** Whether text[start, end), lower-cased, is in the set. */
    boolean contains(String text, int start, int end) {
        for (int p = start; p < end; p++) {
            if (text.charAt(p) >= 128) {
                return all.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
            }
        }
        int slot = hash(text, start, end) & mask;
        int length = end - start;
        for (String candidate = table[slot]; candidate != null; candidate = table[slot = (slot + 1) & mask]) {
            if (candidate.length() == length && candidate.regionMatches(true, 0, text, start, length)) {
                return true;
            }
        }
        return false;
    }

    private static int hash(String text, int start, int end) {
        int h = 0;
        for (int p = start; p < end; p++) {
            char c = text.charAt(p);
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
        return h ^ (h >>> 16);
    }
}
