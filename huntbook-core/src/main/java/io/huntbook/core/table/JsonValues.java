package io.huntbook.core.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns cell values into JSON the way the command-line contract says (DESIGN.md §6.A): timestamps as ISO-8601 UTC
 * with {@code Z}, missing values, NaN and ±Inf as {@code null}, nested values as JSON.
 */
public final class JsonValues {
    private JsonValues() {}

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The JSON form of one cell value. */
    public static JsonNode toJson(@Nullable Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof JsonNode node) {
            return node;
        }
        if (value instanceof String s) {
            return NODES.textNode(s);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Double d) {
            return Double.isFinite(d) ? NODES.numberNode(d) : NODES.nullNode();
        }
        if (value instanceof Float f) {
            return Float.isFinite(f) ? NODES.numberNode(f) : NODES.nullNode();
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).longValue());
        }
        if (value instanceof BigDecimal bd) {
            return NODES.numberNode(bd);
        }
        if (value instanceof BigInteger bi) {
            return NODES.numberNode(bi);
        }
        if (value instanceof TemporalAccessor t) {
            String text = timestamp(t);
            if (text != null) {
                return NODES.textNode(text);
            }
        }
        if (value instanceof byte[] bytes) {
            return NODES.textNode(Base64.getEncoder().encodeToString(bytes));
        }
        if (value instanceof Map<?, ?> map) {
            var object = NODES.objectNode();
            map.forEach((k, v) -> object.set(String.valueOf(k), toJson(v)));
            return object;
        }
        if (value instanceof Collection<?> list) {
            var array = NODES.arrayNode();
            list.forEach(v -> array.add(toJson(v)));
            return array;
        }
        if (value instanceof Object[] items) {
            var array = NODES.arrayNode();
            for (Object v : items) {
                array.add(toJson(v));
            }
            return array;
        }
        if (value instanceof Record || value instanceof Enum<?>) {
            return value instanceof Enum<?> e ? NODES.textNode(e.toString()) : MAPPER.valueToTree(value);
        }
        return NODES.textNode(value.toString());
    }

    /** A timestamp as ISO-8601 in UTC with {@code Z}; times without an offset are taken as UTC. */
    public static @Nullable String timestamp(TemporalAccessor t) {
        if (t instanceof Instant i) {
            return DateTimeFormatter.ISO_INSTANT.format(i);
        }
        if (t instanceof OffsetDateTime o) {
            return DateTimeFormatter.ISO_INSTANT.format(o.toInstant());
        }
        if (t instanceof ZonedDateTime z) {
            return DateTimeFormatter.ISO_INSTANT.format(z.toInstant());
        }
        if (t instanceof LocalDateTime l) {
            return DateTimeFormatter.ISO_INSTANT.format(l.toInstant(ZoneOffset.UTC));
        }
        if (t instanceof LocalDate d) {
            return d.toString();
        }
        if (t instanceof LocalTime lt) {
            return lt.toString();
        }
        return null;
    }

    /** The text form of a value for CSV and the human table: JSON text for nested values, ISO for timestamps. */
    public static String toText(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        JsonNode node = toJson(value);
        if (node.isNull()) {
            return "";
        }
        return node.isTextual() ? node.textValue() : node.toString();
    }
}
