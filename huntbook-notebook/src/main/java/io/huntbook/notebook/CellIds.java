package io.huntbook.notebook;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** Cell ids made the way nbformat makes them: the first 8 hex digits of a random UUID. */
final class CellIds {
    private CellIds() {}

    /** What the nbformat 4.5 schema allows. */
    static final Pattern VALID = Pattern.compile("^[a-zA-Z0-9-_]{1,64}$");

    static String random() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A fresh id that is not in {@code taken}. */
    static String randomNotIn(Set<String> taken) {
        String id = random();
        while (taken.contains(id)) {
            id = random();
        }
        return id;
    }

    /**
     * What nbformat's {@code validate} does to a 4.5 notebook before checking it: a cell without an id gets one, and
     * a cell whose id an earlier cell already has gets a new one.
     */
    static List<Cell> normalize(List<Cell> cells, Set<Integer> missing) {
        Set<String> seen = new HashSet<>();
        Set<String> all = new HashSet<>();
        cells.forEach(c -> all.add(c.id()));
        Cell[] result = cells.toArray(Cell[]::new);
        for (int i = 0; i < result.length; i++) {
            if (missing.contains(i)) {
                String id = randomNotIn(all);
                all.add(id);
                result[i] = result[i].withId(id);
            }
        }
        for (int i = 0; i < result.length; i++) {
            if (missing.contains(i)) {
                continue;
            }
            if (!seen.add(result[i].id())) {
                String id = randomNotIn(all);
                all.add(id);
                result[i] = result[i].withId(id);
            }
        }
        return List.of(result);
    }
}
