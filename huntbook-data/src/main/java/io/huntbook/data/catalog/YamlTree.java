package io.huntbook.data.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Walks a composed YAML document keeping every node's line, so that errors can point at {@code file:line}; values
 * are built with YAML 1.1 safe rules, as PyYAML's {@code safe_load} builds them for MSTICPy.
 */
final class YamlTree {
    private YamlTree() {}

    private static final class Values extends SafeConstructor {
        Values() {
            super(new LoaderOptions());
        }

        @Nullable Object value(Node node) {
            return constructObject(node);
        }
    }

    /**
     * A fresh constructor per file: SnakeYAML's constructor remembers every node it has built (for anchors), so one
     * shared across files would keep every file alive.
     */
    private static final ThreadLocal<Values> VALUES = new ThreadLocal<>();

    /** Runs {@code work} with a value constructor of its own, dropped afterwards. */
    static <T> T withFreshValues(java.util.function.Supplier<T> work) {
        VALUES.set(new Values());
        try {
            return work.get();
        } finally {
            VALUES.remove();
        }
    }

    /** The 1-based line where a node starts. */
    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /** The entries of a mapping node by key (the last of duplicate keys wins, as in PyYAML). */
    static Map<String, Node> entries(MappingNode node) {
        Map<String, Node> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            Node key = tuple.getKeyNode();
            String name = key instanceof ScalarNode scalar ? scalar.getValue() : String.valueOf(value(key));
            entries.put(name, tuple.getValueNode());
        }
        return entries;
    }

    static Optional<MappingNode> mapping(@Nullable Node node) {
        return node instanceof MappingNode m ? Optional.of(m) : Optional.empty();
    }

    /** Whether a node is absent, null, or an empty mapping, sequence or string (Python's falsy values). */
    static boolean empty(@Nullable Node node) {
        if (node == null) {
            return true;
        }
        return switch (node) {
            case MappingNode m -> m.getValue().isEmpty();
            case SequenceNode s -> s.getValue().isEmpty();
            case ScalarNode s -> value(s) == null || s.getValue().isEmpty();
            default -> false;
        };
    }

    /** The plain Java value of a node: maps, lists, strings, numbers, booleans, dates, null. */
    static @Nullable Object value(Node node) {
        Values values = VALUES.get();
        return (values != null ? values : new Values()).value(node);
    }

    /** A string or a list of strings, as MSTICPy accepts for names and aliases. */
    static List<String> strings(@Nullable Node node) {
        if (node == null) {
            return List.of();
        }
        Object value = value(node);
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> {
                if (item != null) {
                    out.add(String.valueOf(item));
                }
            });
        } else if (value != null) {
            out.add(String.valueOf(value));
        }
        return out;
    }
}
