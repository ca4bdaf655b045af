package io.huntbook.core.config;

import java.util.List;

/** A YAML sequence. */
public record ConfigList(List<ConfigNode> items, ConfigPath path, String source, int line) implements ConfigNode {
    public ConfigList {
        items = List.copyOf(items);
    }

    @Override
    public String describeKind() {
        return "a list";
    }

    @Override
    public String toString() {
        return "ConfigList[" + path + " at " + where() + ", " + items.size() + " items]";
    }
}
