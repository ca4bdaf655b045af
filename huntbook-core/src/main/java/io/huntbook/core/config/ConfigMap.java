package io.huntbook.core.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A YAML mapping, keys in file order, with typed accessors. A value of the wrong type throws {@link ConfigException}
 * naming the file, line and key path; an absent key is an empty {@code Optional} (or the default given). Any value
 * may be a secret reference: the typed accessors resolve it when they are called (never before), and
 * {@link #secret} returns it unresolved.
 */
public record ConfigMap(Map<String, ConfigNode> entries, ConfigPath path, String source, int line, SecretScope scope)
        implements ConfigNode {
    public ConfigMap {
        entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    /** An empty mapping at {@code path}, for sections a file does not have. */
    public static ConfigMap empty(ConfigPath path, String source) {
        return new ConfigMap(Map.of(), path, source, 0, new SecretScope());
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** The value under {@code key}; a key with no value ({@code key:}) is present with a null scalar. */
    public Optional<ConfigNode> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** The mapping under {@code key}; an absent or empty ({@code key:}) value is an empty mapping. */
    public ConfigMap map(String key) {
        ConfigNode node = entries.get(key);
        if (node == null || node instanceof ConfigScalar s && s.isNull()) {
            return new ConfigMap(Map.of(), path.child(key), source, 0, scope);
        }
        if (node instanceof ConfigMap m) {
            return m;
        }
        throw wrongType(node, "a mapping (keys indented under it)", "indent the keys under " + key + ":");
    }

    /** The text under {@code key} (numbers and booleans as written); a mapping or list is a type error. */
    public Optional<String> string(String key) {
        ConfigNode node = entries.get(key);
        if (node == null || node instanceof ConfigScalar s && s.isNull()) {
            return Optional.empty();
        }
        if (node instanceof ConfigScalar s) {
            return Optional.of(s.asText());
        }
        if (node instanceof ConfigSecretRef ref) {
            return Optional.of(scope.resolve(ref.reference()));
        }
        throw wrongType(node, "text", "write a single value after " + key + ":");
    }

    /** The text under {@code key}, which must be there. */
    public String requireString(String key) {
        return string(key).orElseThrow(() -> new ConfigException(ConfigProblem.error(this.at(key),
                key + " is missing", "add " + key + ": under " + path)));
    }

    /** A boolean: YAML's {@code true}/{@code false} (also {@code yes}/{@code no}, {@code on}/{@code off}, quoted or not). */
    public boolean bool(String key, boolean defaultValue) {
        ConfigNode node = entries.get(key);
        if (node == null || node instanceof ConfigScalar s && s.isNull()) {
            return defaultValue;
        }
        Boolean value = switch (node) {
            case ConfigScalar s -> asBoolean(s);
            case ConfigSecretRef ref -> asBoolean(new ConfigScalar(scope.resolve(ref.reference()), "", path, source, 0));
            default -> null;
        };
        if (value == null) {
            throw wrongType(node, "true or false", "write " + key + ": true or " + key + ": false");
        }
        return value;
    }

    /** A whole number. */
    public Optional<Long> integer(String key) {
        ConfigNode node = entries.get(key);
        if (node == null || node instanceof ConfigScalar s && s.isNull()) {
            return Optional.empty();
        }
        if (node instanceof ConfigScalar s && s.value() instanceof Long l) {
            return Optional.of(l);
        }
        if (node instanceof ConfigScalar || node instanceof ConfigSecretRef) {
            String text = node instanceof ConfigSecretRef ref ? scope.resolve(ref.reference())
                    : ((ConfigScalar) node).asText();
            try {
                return Optional.of(Long.parseLong(text.strip()));
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw wrongType(node, "a whole number", "write a number such as " + key + ": 8089");
    }

    /** A list of text values; a single value is a type error (MSTICPy iterates it). */
    public List<String> strings(String key) {
        ConfigNode node = entries.get(key);
        if (node == null || node instanceof ConfigScalar s && s.isNull()) {
            return List.of();
        }
        if (!(node instanceof ConfigList list)) {
            throw wrongType(node, "a list", "write it as a list: " + key + ": [value] or one '- value' per line");
        }
        List<String> values = new ArrayList<>();
        for (ConfigNode item : list.items()) {
            if (item instanceof ConfigSecretRef ref) {
                values.add(scope.resolve(ref.reference()));
                continue;
            }
            if (!(item instanceof ConfigScalar s) || s.isNull()) {
                throw wrongType(item, "text", "write one value per list item");
            }
            values.add(s.asText());
        }
        return values;
    }

    /** The secret under {@code key}: a literal value or a reference, resolved only when revealed. */
    public Optional<Secret> secret(String key, SecretContext context) {
        ConfigNode node = entries.get(key);
        if (node == null || node instanceof ConfigScalar s && s.isNull()) {
            return Optional.empty();
        }
        if (node instanceof ConfigSecretRef ref) {
            return Optional.of(Secret.of(ref.reference(), context));
        }
        if (node instanceof ConfigScalar s) {
            return Optional.of(Secret.literal(s.asText(), s.path()));
        }
        throw wrongType(node, "a value or a secret reference",
                "write a value, {EnvironmentVar: NAME}, {File: path} or {KeyVault: vault/secret}");
    }

    static Boolean asBoolean(ConfigScalar s) {
        if (s.value() instanceof Boolean b) {
            return b;
        }
        if (s.value() instanceof String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on" -> Boolean.TRUE;
                case "false", "no", "off" -> Boolean.FALSE;
                default -> null;
            };
        }
        return null;
    }

    /** The node to point at for {@code key}: the value when present, else this mapping. */
    ConfigNode at(String key) {
        ConfigNode node = entries.get(key);
        return node != null ? node : this;
    }

    static ConfigException wrongType(ConfigNode node, String expected, String fix) {
        return new ConfigException(ConfigProblem.error(node, "expected " + expected + ", found " + shown(node), fix));
    }

    /** A value as messages may show it: never the text of a secret-looking key. */
    static String shown(ConfigNode node) {
        if (node instanceof ConfigScalar s && !s.isNull() && !SecretMasking.isSecretPath(s.path())
                && s.asText().length() <= 60) {
            return s.describeKind() + " '" + s.asText() + "'";
        }
        return node.describeKind();
    }

    @Override
    public String describeKind() {
        return "a mapping";
    }

    /** Whether the value under {@code key} is a secret reference (resolved only when read). */
    public boolean isReference(String key) {
        return entries.get(key) instanceof ConfigSecretRef;
    }

    @Override
    public String toString() {
        return "ConfigMap[" + path + " at " + where() + ", keys " + entries.keySet() + "]";
    }
}
