package io.huntbook.core.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Column names as pandas makes them from a header: blank ones become {@code Unnamed: i}, repeats get {@code .1}. */
final class ColumnNames {
    private ColumnNames() {}

    static String[] of(List<String> header) {
        List<String> names = new ArrayList<>(header.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).isBlank() ? "Unnamed: " + i : header.get(i);
            String unique = name;
            for (int k = 1; !seen.add(unique); k++) {
                unique = name + "." + k;
            }
            names.add(unique);
        }
        return names.toArray(new String[0]);
    }
}
