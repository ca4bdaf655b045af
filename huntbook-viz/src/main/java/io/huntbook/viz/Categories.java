package io.huntbook.viz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** Category labels in sorted order, each with its index on a category axis. */
final class Categories {
    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();

    private Categories(List<String> names) {
        this.names = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) {
            index.put(names.get(i), i);
        }
    }

    static Categories sorted(Iterable<String[]> labelColumns) {
        TreeSet<String> all = new TreeSet<>();
        for (String[] labels : labelColumns) {
            for (String label : labels) {
                all.add(label);
            }
        }
        return new Categories(new ArrayList<>(all));
    }

    static Categories of(List<String> names) {
        return new Categories(names);
    }

    List<String> names() {
        return names;
    }

    int size() {
        return names.size();
    }

    /** The index of {@code label}, or -1 when it is not among them. */
    int indexOf(String label) {
        return index.getOrDefault(label, -1);
    }

    int[] indexes(String[] labels) {
        int[] out = new int[labels.length];
        for (int i = 0; i < labels.length; i++) {
            out[i] = indexOf(labels[i]);
        }
        return out;
    }
}
