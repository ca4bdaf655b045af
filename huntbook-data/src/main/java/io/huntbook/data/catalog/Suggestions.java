package io.huntbook.data.catalog;

import io.huntbook.core.text.EditDistance;
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
        return EditDistance.between(a, b);
    }
}
