package io.huntbook.notebook.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameter values as {@code metadata.papermill.parameters} holds them: JSON as Python's {@code json} writes it, so
 * NaN and infinities are the bare tokens {@code NaN} and {@code Infinity} (the notebook writer prints them), and
 * mapping keys are turned into strings as {@code json.dumps} turns them ({@code true}, {@code null}, {@code 1}).
 */
public final class ParameterJson {
    private ParameterJson() {}

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    /** The JSON object for a set of values, in their order. */
    public static ObjectNode toJson(Map<String, ?> values) {
        ObjectNode object = NODES.objectNode();
        values.forEach((name, value) -> object.set(name, toJson(value)));
        return object;
    }

    /** One value as JSON. */
    public static JsonNode toJson(@Nullable Object value) {
        return switch (value) {
            case null -> NODES.nullNode();
            case SuppliedValue supplied -> toJson(supplied.value());
            case Boolean b -> NODES.booleanNode(b);
            case BigInteger i -> NODES.numberNode(i);
            case Double d -> NODES.numberNode(d);
            case Number n -> NODES.numberNode(new BigInteger(n.toString()));
            case String s -> NODES.textNode(s);
            case List<?> list -> {
                ArrayNode array = NODES.arrayNode();
                list.forEach(item -> array.add(toJson(item)));
                yield array;
            }
            case Map<?, ?> map -> {
                ObjectNode object = NODES.objectNode();
                map.forEach((k, v) -> object.set(jsonKey(k), toJson(v)));
                yield object;
            }
            default -> NODES.textNode(value.toString());
        };
    }

    /** Python's json.dumps of a non-string key. */
    private static String jsonKey(@Nullable Object key) {
        return switch (key) {
            case null -> "null";
            case String s -> s;
            case Boolean b -> b.toString();
            case Double d -> Double.isNaN(d) ? "NaN" : Double.isInfinite(d) ? (d > 0 ? "Infinity" : "-Infinity")
                    : PythonNumbers.repr(d);
            default -> key.toString();
        };
    }

    /** Values read back from JSON (as {@link #toJson} writes them, or papermill does). */
    public static LinkedHashMap<String, @Nullable Object> fromJson(JsonNode object) {
        LinkedHashMap<String, @Nullable Object> values = new LinkedHashMap<>();
        object.properties().forEach(e -> values.put(e.getKey(), value(e.getValue())));
        return values;
    }

    private static @Nullable Object value(JsonNode node) {
        if (node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isArray()) {
            List<@Nullable Object> list = new ArrayList<>();
            node.forEach(item -> list.add(value(item)));
            return list;
        }
        if (node.isObject()) {
            return fromJson(node);
        }
        return node.asText();
    }
}
