package io.huntbook.data.provider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.core.table.JsonValues;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Struct;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dflib.DataFrame;
import org.dflib.Series;
import org.jspecify.annotations.Nullable;

/**
 * Reads a JDBC result into a DFLib frame with typed columns: timestamps as {@link java.time.Instant} (a timestamp
 * without a zone is UTC), integers as {@code long}, floating point as {@code double}, booleans as {@code boolean}
 * (primitive series when the column has no null), JSON and nested values (structs, lists, maps) as Jackson
 * {@link JsonNode}s. Any JDBC driver works; DuckDB's and PostgreSQL's types are recognised by name.
 */
public final class ResultFrames {
    private ResultFrames() {}

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Reads every remaining row of {@code rs}. */
    public static DataFrame read(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int n = meta.getColumnCount();
        String[] names = new String[n];
        Column[] columns = new Column[n];
        for (int c = 0; c < n; c++) {
            names[c] = uniqueName(names, c, meta.getColumnLabel(c + 1));
            columns[c] = column(meta.getColumnType(c + 1), meta.getColumnTypeName(c + 1));
        }
        while (rs.next()) {
            for (int c = 0; c < n; c++) {
                columns[c].read(rs, c + 1);
            }
        }
        Series<?>[] series = new Series<?>[n];
        for (int c = 0; c < n; c++) {
            series[c] = columns[c].series();
        }
        return DataFrame.byColumn(names).of(series);
    }

    /** The kind of column a SQL type becomes, by JDBC type and the database's own type name. */
    static Column column(int sqlType, @Nullable String typeName) {
        String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
        if (name.equals("json") || name.equals("jsonb")) {
            return new JsonColumn();
        }
        if (name.startsWith("timestamptz") || name.contains("with time zone")) {
            return new ObjectColumn((rs, i) -> {
                OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
                return t == null ? null : t.toInstant();
            });
        }
        return switch (sqlType) {
            case Types.BOOLEAN, Types.BIT -> new PrimitiveColumn((rs, i) -> rs.getBoolean(i));
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> new PrimitiveColumn((rs, i) -> rs.getLong(i));
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> new PrimitiveColumn((rs, i) -> rs.getDouble(i));
            case Types.NUMERIC, Types.DECIMAL -> new ObjectColumn((rs, i) -> rs.getBigDecimal(i));
            case Types.TIMESTAMP_WITH_TIMEZONE -> new ObjectColumn((rs, i) -> {
                OffsetDateTime t = rs.getObject(i, OffsetDateTime.class);
                return t == null ? null : t.toInstant();
            });
            case Types.TIMESTAMP -> new ObjectColumn((rs, i) -> {
                LocalDateTime t = rs.getObject(i, LocalDateTime.class);
                return t == null ? null : t.toInstant(ZoneOffset.UTC);
            });
            case Types.DATE -> new ObjectColumn((rs, i) -> rs.getObject(i, LocalDate.class));
            case Types.TIME -> new ObjectColumn((rs, i) -> rs.getObject(i, LocalTime.class));
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                 Types.CLOB -> new ObjectColumn((rs, i) -> rs.getString(i));
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
                    new ObjectColumn((rs, i) -> rs.getBytes(i));
            default -> new ObjectColumn((rs, i) -> plain(rs.getObject(i)));
        };
    }

    /** A driver's value as a plain Java value: nested SQL values become JSON, UUIDs text. */
    static @Nullable Object plain(@Nullable Object value) throws SQLException {
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof java.time.temporal.Temporal || value instanceof JsonNode) {
            return value;
        }
        if (value instanceof Struct || value instanceof Array || value instanceof Map<?, ?>
                || value instanceof List<?>) {
            return JsonValues.toJson(nested(value));
        }
        if (value instanceof java.util.UUID uuid) {
            return uuid.toString();
        }
        if (value instanceof org.duckdb.JsonNode json) {
            return parseJson(json.toString());
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value.getClass().getName().equals("org.postgresql.util.PGobject")) {
            return value.toString();
        }
        return value;
    }

    private static @Nullable Object nested(@Nullable Object value) throws SQLException {
        if (value instanceof org.duckdb.DuckDBStruct struct) {
            Map<String, @Nullable Object> out = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : struct.getMap().entrySet()) {
                out.put(e.getKey(), nested(e.getValue()));
            }
            return out;
        }
        if (value instanceof Struct struct) {
            return nested(Arrays.asList(struct.getAttributes()));
        }
        if (value instanceof Array array) {
            Object items = array.getArray();
            return items instanceof Object[] objects ? nested(Arrays.asList(objects)) : items;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, @Nullable Object> out = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.put(String.valueOf(e.getKey()), nested(e.getValue()));
            }
            return out;
        }
        if (value instanceof List<?> list) {
            List<@Nullable Object> out = new ArrayList<>(list.size());
            for (Object item : list) {
                out.add(nested(item));
            }
            return out;
        }
        return plain(value);
    }

    static @Nullable JsonNode parseJson(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            // A JSON column holding something that is not JSON: keep the text rather than lose the value.
            return MAPPER.getNodeFactory().textNode(text);
        }
    }

    private static String uniqueName(String[] names, int upTo, String label) {
        String candidate = label;
        int suffix = 1;
        while (contains(names, upTo, candidate)) {
            candidate = label + "_" + suffix++;
        }
        return candidate;
    }

    private static boolean contains(String[] names, int upTo, String name) {
        for (int i = 0; i < upTo; i++) {
            if (names[i].equals(name)) {
                return true;
            }
        }
        return false;
    }

    @FunctionalInterface
    interface Getter {
        @Nullable Object get(ResultSet rs, int index) throws SQLException;
    }

    /** Collects one column's values while the rows are read. */
    interface Column {
        void read(ResultSet rs, int index) throws SQLException;

        Series<?> series();
    }

    private static final class ObjectColumn implements Column {
        private final Getter getter;
        private final List<@Nullable Object> values = new ArrayList<>();

        ObjectColumn(Getter getter) {
            this.getter = getter;
        }

        @Override
        public void read(ResultSet rs, int index) throws SQLException {
            values.add(getter.get(rs, index));
        }

        @Override
        public Series<?> series() {
            return Series.ofIterable(values);
        }
    }

    private static final class JsonColumn implements Column {
        private final List<@Nullable Object> values = new ArrayList<>();

        @Override
        public void read(ResultSet rs, int index) throws SQLException {
            values.add(parseJson(rs.getString(index)));
        }

        @Override
        public Series<?> series() {
            return Series.ofIterable(values);
        }
    }

    /** A long, double or boolean column: a primitive series when no value is null, boxed values otherwise. */
    private static final class PrimitiveColumn implements Column {
        private final Getter getter;
        private final List<@Nullable Object> values = new ArrayList<>();
        private boolean anyNull;

        PrimitiveColumn(Getter getter) {
            this.getter = getter;
        }

        @Override
        public void read(ResultSet rs, int index) throws SQLException {
            Object v = getter.get(rs, index);
            boolean isNull = rs.wasNull();
            anyNull |= isNull;
            values.add(isNull ? null : v);
        }

        @Override
        public Series<?> series() {
            int n = values.size();
            if (anyNull || n == 0) {
                return Series.ofIterable(values);
            }
            Object first = values.get(0);
            if (first instanceof Long) {
                long[] plain = new long[n];
                for (int i = 0; i < n; i++) {
                    plain[i] = (Long) values.get(i);
                }
                return Series.ofLong(plain);
            }
            if (first instanceof Double) {
                double[] plain = new double[n];
                for (int i = 0; i < n; i++) {
                    plain[i] = (Double) values.get(i);
                }
                return Series.ofDouble(plain);
            }
            boolean[] plain = new boolean[n];
            for (int i = 0; i < n; i++) {
                plain[i] = (Boolean) values.get(i);
            }
            return Series.ofBool(plain);
        }
    }
}
