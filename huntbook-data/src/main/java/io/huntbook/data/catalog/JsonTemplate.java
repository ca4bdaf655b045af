package io.huntbook.data.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A query that is a JSON request body whose string values name parameters ({@code "{domain_list}"}), as the
 * Cybereason driver's parameter handler reads them: such a value is replaced by the parameter's JSON value (a list
 * stays a list, a datetime becomes epoch milliseconds), arrays made only of replaced lists are merged into one
 * sorted list without duplicates, and the result is written as Python's {@code json.dumps} writes it. Values are
 * JSON values, so they cannot change the structure of the request.
 */
final class JsonTemplate {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** MSTICPy uses {@code re.match(r"{([^}]+)}", value)}: the name must start the string. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

    private final JsonNode tree;
    private final Set<String> placeholders;

    private JsonTemplate(JsonNode tree, Set<String> placeholders) {
        this.tree = tree;
        this.placeholders = placeholders;
    }

    /** The template, when the text is a JSON object or array. */
    static Optional<JsonTemplate> parse(String text) {
        String trimmed = text.trim();
        if (!(trimmed.startsWith("{") || trimmed.startsWith("["))) {
            return Optional.empty();
        }
        try {
            JsonNode tree = MAPPER.readTree(trimmed);
            Set<String> names = new LinkedHashSet<>();
            collect(tree, names);
            return Optional.of(new JsonTemplate(tree, names));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    private static void collect(JsonNode node, Set<String> names) {
        if (node.isTextual()) {
            Matcher m = PLACEHOLDER.matcher(node.textValue());
            if (m.lookingAt()) {
                names.add(m.group(1));
            }
        }
        node.forEach(child -> collect(child, names));
    }

    Set<String> placeholders() {
        return placeholders;
    }

    /** Renders with {@code values}: parameter name to a JSON-ready value (String, Long, Double, Boolean, List). */
    String render(Function<String, @Nullable Object> values) {
        StringBuilder out = new StringBuilder(256);
        PythonJson.write(replace(tree, values), out);
        return out.toString();
    }

    private static @Nullable Object replace(JsonNode node, Function<String, @Nullable Object> values) {
        if (node.isObject()) {
            Map<String, @Nullable Object> object = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                object.put(field.getKey(), replace(field.getValue(), values));
            }
            return object;
        }
        if (node.isArray()) {
            List<@Nullable Object> items = new ArrayList<>();
            node.forEach(child -> items.add(replace(child, values)));
            boolean allLists = !items.isEmpty() && items.stream().allMatch(item -> item instanceof List<?>);
            return allLists ? mergeSorted(items) : items;
        }
        if (node.isTextual()) {
            Matcher m = PLACEHOLDER.matcher(node.textValue());
            if (m.lookingAt()) {
                Object value = values.apply(m.group(1));
                return value != null ? value : node.textValue();
            }
            return node.textValue();
        }
        if (node.isNull()) {
            return null;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        return node.doubleValue();
    }

    /** Python sorts the merged set; with mixed types it sorts their string forms. */
    private static List<Object> mergeSorted(List<@Nullable Object> lists) {
        List<Object> all = new ArrayList<>();
        lists.forEach(list -> all.addAll((List<?>) list));
        boolean sameKind = all.stream().allMatch(v -> v instanceof String)
                || all.stream().allMatch(v -> v instanceof Number);
        if (sameKind && !all.isEmpty() && all.get(0) instanceof Number) {
            TreeSet<Double> numbers = new TreeSet<>();
            Map<Double, Object> original = new LinkedHashMap<>();
            all.forEach(v -> {
                double d = ((Number) v).doubleValue();
                numbers.add(d);
                original.putIfAbsent(d, v);
            });
            return numbers.stream().map(original::get).toList();
        }
        TreeSet<String> texts = new TreeSet<>(PythonJson::compareCodePoints);
        all.forEach(v -> texts.add(String.valueOf(v)));
        return List.copyOf(texts);
    }
}
