package io.huntbook.core.config;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML into {@link ConfigNode}s that keep their line, with SnakeYAML's node graph (the parser under Jackson's
 * YAML support): scalars are typed by YAML 1.1 rules as PyYAML types them, so a file means what it means to MSTICPy.
 * Syntax errors become one {@link ConfigProblem} whose text never quotes the file (it may hold secrets).
 */
final class YamlTree {
    private YamlTree() {}

    static ConfigMap read(String text, String source, SecretScope scope) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(50);
            options.setAllowRecursiveKeys(false);
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            throw new ConfigException(syntaxError(e, text, source));
        } catch (YAMLException e) {
            throw new ConfigException(new ConfigProblem(ConfigProblem.Level.ERROR, source, 0, ConfigPath.root(),
                    "cannot read the YAML (" + firstLine(e.getMessage()) + ")", "fix the YAML syntax"));
        }
        if (root == null) {
            return new ConfigMap(Map.of(), ConfigPath.root(), source, 0, scope);
        }
        ConfigNode node = convert(root, ConfigPath.root(), source, scope);
        if (node instanceof ConfigMap map) {
            return map;
        }
        throw new ConfigException(ConfigProblem.error(node, "the file is " + node.describeKind()
                + ", not a mapping of sections", "start with section names such as TIProviders: at the left margin"));
    }

    private static ConfigNode convert(Node node, ConfigPath path, String source, SecretScope scope) {
        int line = node.getStartMark().getLine() + 1;
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar, path, source, line);
        }
        if (node instanceof SequenceNode sequence) {
            List<ConfigNode> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(convert(item, path.item(items.size()), source, scope));
            }
            return new ConfigList(items, path, source, line);
        }
        MappingNode mapping = (MappingNode) node;
        Map<String, ConfigNode> entries = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            int keyLine = keyNode.getStartMark().getLine() + 1;
            if (keyNode.getTag().equals(Tag.MERGE) && tuple.getValueNode() instanceof MappingNode merged) {
                // `<<: *anchor` copies the anchored keys that are not written here.
                ConfigNode copy = convert(merged, path, source, scope);
                ((ConfigMap) copy).entries().forEach(entries::putIfAbsent);
                continue;
            }
            if (!(keyNode instanceof ScalarNode key)) {
                throw new ConfigException(new ConfigProblem(ConfigProblem.Level.ERROR, source, keyLine, path,
                        "a key is " + (keyNode instanceof MappingNode ? "a mapping" : "a list"),
                        "keys are plain names: check the indentation and the '-' and ':' on this line"));
            }
            String name = key.getValue();
            if (keyLines.containsKey(name)) {
                throw new ConfigException(new ConfigProblem(ConfigProblem.Level.ERROR, source, keyLine,
                        path.child(name), "duplicate key (first at line " + keyLines.get(name) + ")",
                        "keep one " + name + ": and merge the two"));
            }
            keyLines.put(name, keyLine);
            entries.put(name, convert(tuple.getValueNode(), path.child(name), source, scope));
        }
        ConfigSecretRef ref = path.isRoot() ? null : secretReference(entries, path, source, line);
        return ref != null ? ref : new ConfigMap(entries, path, source, line, scope);
    }

    /** A mapping with one key EnvironmentVar, File or KeyVault holding a scalar is a reference, not a section. */
    private static @Nullable ConfigSecretRef secretReference(Map<String, ConfigNode> entries, ConfigPath path,
            String source, int line) {
        if (entries.size() != 1) {
            return null;
        }
        Map.Entry<String, ConfigNode> only = entries.entrySet().iterator().next();
        SecretReference.Kind kind = SecretReference.Kind.ofKey(only.getKey());
        if (kind == null || !(only.getValue() instanceof ConfigScalar value)) {
            return null;
        }
        String argument = value.isNull() ? null : value.asText();
        return new ConfigSecretRef(new SecretReference(kind, argument, path, source + ":" + line), source, line);
    }

    private static ConfigScalar scalar(ScalarNode scalar, ConfigPath path, String source, int line) {
        String text = scalar.getValue();
        Tag tag = scalar.getTag();
        Object value;
        if (tag.equals(Tag.NULL)) {
            value = null;
        } else if (tag.equals(Tag.BOOL)) {
            value = ConfigMap.asBoolean(new ConfigScalar(text, text, path, source, line));
        } else if (tag.equals(Tag.INT)) {
            value = yamlInt(text);
        } else if (tag.equals(Tag.FLOAT)) {
            value = yamlFloat(text);
        } else {
            value = text;
        }
        return new ConfigScalar(value, text, path, source, line);
    }

    /** YAML 1.1 integers: underscores, 0x hex, 0b binary, a leading 0 for octal; beyond a long it stays text. */
    private static Object yamlInt(String text) {
        String s = text.replace("_", "");
        boolean negative = s.startsWith("-");
        if (s.startsWith("-") || s.startsWith("+")) {
            s = s.substring(1);
        }
        try {
            long value;
            if (s.startsWith("0x")) {
                value = Long.parseLong(s.substring(2), 16);
            } else if (s.startsWith("0b")) {
                value = Long.parseLong(s.substring(2), 2);
            } else if (s.length() > 1 && s.startsWith("0") && !s.contains(":")) {
                value = Long.parseLong(s.substring(1), 8);
            } else {
                value = Long.parseLong(s);
            }
            return negative ? -value : value;
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static Object yamlFloat(String text) {
        String s = text.replace("_", "").toLowerCase(java.util.Locale.ROOT);
        switch (s) {
            case ".inf", "+.inf" -> {
                return Double.POSITIVE_INFINITY;
            }
            case "-.inf" -> {
                return Double.NEGATIVE_INFINITY;
            }
            case ".nan" -> {
                return Double.NaN;
            }
            default -> { }
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static ConfigProblem syntaxError(MarkedYAMLException e, String text, String source) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        int line = mark == null ? 0 : mark.getLine() + 1;
        String problem = e.getProblem() == null ? "unreadable YAML" : e.getProblem();
        String fix;
        if (problem.contains("TAB")) {
            problem = "a tab character where indentation is expected";
            fix = "indent with spaces, not tabs";
        } else if (problem.contains("mapping values are not allowed")) {
            problem = "a ':' where no key can start";
            fix = "check the indentation, or quote a value that holds ': '";
        } else if (problem.contains("expected <block end>")) {
            problem = "this line does not line up with the keys around it";
            fix = "indent it exactly as far as its sibling keys (spaces only)";
        } else if (problem.contains("could not find expected ':'")) {
            problem = "a key without its ':'";
            fix = "add ':' after the key, or quote the value";
        } else {
            problem = firstLine(problem);
            fix = "fix the YAML syntax on this line or the one before";
        }
        return new ConfigProblem(ConfigProblem.Level.ERROR, source, line, pathAt(text, line), "YAML syntax error: "
                + problem, fix);
    }

    /**
     * The key path a line is in, read from the indentation of the lines above it (the parser cannot say, since the
     * file did not parse): each line above that is less indented and starts with {@code key:} is a parent.
     */
    static ConfigPath pathAt(String text, int line) {
        String[] lines = text.split("\r?\n", -1);
        if (line < 1 || line > lines.length) {
            return ConfigPath.root();
        }
        List<String> keys = new ArrayList<>();
        String own = keyOf(lines[line - 1]);
        if (own != null) {
            keys.add(own);
        }
        int indent = indentOf(lines[line - 1]);
        for (int i = line - 2; i >= 0 && indent > 0; i--) {
            String key = keyOf(lines[i]);
            int lineIndent = indentOf(lines[i]);
            if (key != null && lineIndent < indent) {
                keys.add(0, key);
                indent = lineIndent;
            }
        }
        return new ConfigPath(keys);
    }

    private static @Nullable String keyOf(String line) {
        String s = line.strip();
        if (s.startsWith("- ")) {
            s = s.substring(2).strip();
        }
        int colon = s.indexOf(':');
        if (s.isEmpty() || s.startsWith("#") || colon <= 0) {
            return null;
        }
        String key = s.substring(0, colon).strip();
        return key.matches("[A-Za-z0-9_.\\-]+") ? key : null;
    }

    private static int indentOf(String line) {
        int n = 0;
        while (n < line.length() && (line.charAt(n) == ' ' || line.charAt(n) == '\t')) {
            n++;
        }
        return line.isBlank() ? Integer.MAX_VALUE : n;
    }

    private static String firstLine(@Nullable String text) {
        if (text == null) {
            return "unknown error";
        }
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }
}
