package io.huntbook.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * Which keys hold secrets, and the configuration as JSON with their values masked. References are shown as written
 * ({@code {EnvironmentVar: NAME}} says where a secret is, not what it is); values under secret-looking keys become
 * {@code ********}.
 */
final class SecretMasking {
    private SecretMasking() {}

    static final String MASK = "********";

    /** Parts of key names that hold credentials (MSTICPy's AuthKey, ApiID, ClientSecret, password, ...). */
    private static final List<String> SECRET_WORDS = List.of("key", "secret", "password", "passwd", "pwd", "token",
            "cookie", "credential", "apiid", "connection_str", "connectionstring", "sas", "private");

    /** Whether the value at {@code path} is a secret: its key, or for a list item the list's key, looks like one. */
    static boolean isSecretPath(ConfigPath path) {
        List<String> segments = path.segments();
        for (int i = segments.size() - 1; i >= 0; i--) {
            if (!segments.get(i).startsWith("[")) {
                return isSecretKey(segments.get(i));
            }
        }
        return false;
    }

    static boolean isSecretKey(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        for (String word : SECRET_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }

    static JsonNode masked(ConfigNode node) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return switch (node) {
            case ConfigMap map -> {
                ObjectNode object = nodes.objectNode();
                map.entries().forEach((key, value) -> object.set(key, masked(value)));
                yield object;
            }
            case ConfigList list -> {
                var array = nodes.arrayNode();
                list.items().forEach(item -> array.add(masked(item)));
                yield array;
            }
            case ConfigSecretRef ref -> {
                ObjectNode object = nodes.objectNode();
                String argument = ref.reference().argument();
                object.put(ref.reference().kind().key(), argument);
                yield object;
            }
            case ConfigScalar scalar -> {
                Object value = scalar.value();
                if (value == null) {
                    yield nodes.nullNode();
                }
                if (!(value instanceof Boolean) && isSecretPath(scalar.path())) {
                    yield nodes.textNode(MASK);
                }
                yield switch (value) {
                    case Boolean b -> nodes.booleanNode(b);
                    case Long l -> nodes.numberNode(l);
                    case Double d -> Double.isFinite(d) ? nodes.numberNode(d) : nodes.textNode(scalar.text());
                    default -> nodes.textNode(scalar.asText());
                };
            }
        };
    }
}
