package io.huntbook.data.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Close names for a name that was not found: small edit distance, or containing what was typed. */
final class Suggestions {
    private Suggestions() {}

    static List<String> closest(String typed, Collection<String> candidates, int max) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        record Scored(String name, int score) {}
        List<Scored> scored = new ArrayList<>();
        for (String candidate : candidates) {
            String lower = candidate.toLowerCase(Locale.ROOT);
            String bare = lower.substring(lower.lastIndexOf('.') + 1);
            int distance = Math.min(distance(wanted, lower), distance(wanted, bare));
            int limit = Math.max(2, wanted.length() / 3);
            if (distance <= limit) {
                scored.add(new Scored(candidate, distance));
            } else if (wanted.length() >= 4 && lower.contains(wanted)) {
                scored.add(new Scored(candidate, limit + 1));
            }
        }
        return scored.stream().sorted(Comparator.comparingInt(Scored::score).thenComparing(Scored::name))
                .limit(max).map(Scored::name).toList();
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
