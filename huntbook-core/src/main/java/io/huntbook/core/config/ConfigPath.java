package io.huntbook.core.config;

import java.util.ArrayList;
import java.util.List;

/** Where a value sits in the configuration: {@code TIProviders.OTX.Args.AuthKey}, {@code QueryDefinitions.Custom[0]}. */
public record ConfigPath(List<String> segments) {
    public ConfigPath {
        segments = List.copyOf(segments);
    }

    /** The root of the file. */
    public static ConfigPath root() {
        return new ConfigPath(List.of());
    }

    /** A path written with dots: {@code TIProviders.OTX.Args.AuthKey}. */
    public static ConfigPath parse(String dotted) {
        return new ConfigPath(dotted.isEmpty() ? List.of() : List.of(dotted.split("\\.")));
    }

    /** The path of key {@code key} under this one. */
    public ConfigPath child(String key) {
        List<String> next = new ArrayList<>(segments);
        next.add(key);
        return new ConfigPath(next);
    }

    /** The path of item {@code index} of the list at this path. */
    public ConfigPath item(int index) {
        List<String> next = new ArrayList<>(segments);
        next.add("[" + index + "]");
        return new ConfigPath(next);
    }

    /** The last key, or empty at the root. */
    public String leaf() {
        return segments.isEmpty() ? "" : segments.get(segments.size() - 1);
    }

    public boolean isRoot() {
        return segments.isEmpty();
    }

    @Override
    public String toString() {
        if (segments.isEmpty()) {
            return "(top level)";
        }
        StringBuilder text = new StringBuilder();
        for (String segment : segments) {
            if (!text.isEmpty() && !segment.startsWith("[")) {
                text.append('.');
            }
            text.append(segment);
        }
        return text.toString();
    }
}
