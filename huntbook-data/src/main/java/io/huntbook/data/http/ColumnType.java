package io.huntbook.data.http;

import java.util.Locale;

/**
 * The type of a result column, as the DataFrame holds it: {@code TEXT} ({@code String}), {@code LONG}, {@code DOUBLE},
 * {@code BOOL} (primitive series when no value is missing), {@code INSTANT} ({@code java.time.Instant}, UTC),
 * {@code DURATION} ({@code java.time.Duration}), {@code DECIMAL} ({@code BigDecimal}), {@code JSON} (Jackson
 * {@code JsonNode}), and {@code INFER} for schemaless sources: each value as JSON gives it, the column narrowed to
 * longs, doubles, booleans or instants when every value is one.
 */
public enum ColumnType {
    TEXT, LONG, DOUBLE, BOOL, INSTANT, DURATION, DECIMAL, JSON, INFER;

    /**
     * The column type of a vendor's type name: Kusto and Log Analytics ({@code string}, {@code datetime}, {@code long},
     * {@code int}, {@code real}, {@code bool}, {@code dynamic}, {@code guid}, {@code timespan}, {@code decimal}), their
     * .NET names ({@code System.Int64}, {@code SByte}), Microsoft Graph's ({@code DateTime}, {@code Int64},
     * {@code Object}), and Elasticsearch's ({@code keyword}, {@code date}, {@code integer}, {@code ip}...). A name not
     * known here is {@code INFER}, so a new vendor type still comes through with its values.
     */
    public static ColumnType ofVendorName(String name) {
        String n = name.toLowerCase(Locale.ROOT).strip();
        if (n.startsWith("system.")) {
            n = n.substring("system.".length());
        }
        return switch (n) {
            case "string", "guid", "uniqueid", "keyword", "text", "ip", "version", "match_only_text", "char" -> TEXT;
            case "long", "int", "int64", "int32", "int16", "integer", "short", "byte", "uint64", "uint32",
                 "unsigned_long", "counter_long", "counter_integer" -> LONG;
            case "real", "double", "float", "single", "half_float", "scaled_float", "counter_double" -> DOUBLE;
            case "bool", "boolean", "sbyte" -> BOOL;
            case "datetime", "date", "date_nanos", "datetimeoffset" -> INSTANT;
            case "timespan", "time" -> DURATION;
            case "decimal" -> DECIMAL;
            case "dynamic", "object", "array", "geo_point", "geo_shape", "cartesian_point", "cartesian_shape" -> JSON;
            default -> INFER;
        };
    }
}
