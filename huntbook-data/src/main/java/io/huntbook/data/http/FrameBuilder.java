package io.huntbook.data.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dflib.DataFrame;
import org.dflib.Series;
import org.jspecify.annotations.Nullable;

/**
 * Collects typed rows page by page into one DataFrame. Columns are declared up front (a vendor's schema) or appear as
 * rows name them (schemaless sources: a column first seen on row 500 is missing on the rows before). {@code LONG},
 * {@code DOUBLE} and {@code BOOL} columns become primitive series when no value is missing, boxed series otherwise;
 * an {@code INFER} column is narrowed when every value is a long, a number, a boolean or an ISO timestamp.
 */
public final class FrameBuilder {
    private final List<String> names = new ArrayList<>();
    private final List<ColumnType> types = new ArrayList<>();
    private final List<Object[]> values = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private int rows;
    private int capacity = 1024;

    /** A builder whose columns appear as {@link #column(String, ColumnType)} names them. */
    public FrameBuilder() {}

    /** A builder with these columns, in this order. */
    public FrameBuilder(List<String> columnNames, List<ColumnType> columnTypes) {
        if (columnNames.size() != columnTypes.size()) {
            throw new IllegalArgumentException(columnNames.size() + " column names for " + columnTypes.size() + " types");
        }
        for (int i = 0; i < columnNames.size(); i++) {
            column(columnNames.get(i), columnTypes.get(i));
        }
    }

    /** The position of column {@code name}, adding it (missing on the rows so far) when it is new. */
    public int column(String name, ColumnType type) {
        Integer at = index.get(name);
        if (at != null) {
            return at;
        }
        int position = names.size();
        // Two columns of one name (a vendor may send them): keep both, as name_1, so no value is lost.
        String unique = name;
        for (int n = 1; index.containsKey(unique); n++) {
            unique = name + "_" + n;
        }
        names.add(unique);
        types.add(type);
        values.add(new Object[capacity]);
        index.put(name, position);
        if (!unique.equals(name)) {
            index.put(unique, position);
        }
        return position;
    }

    /** The number of columns so far. */
    public int width() {
        return names.size();
    }

    /** The declared type of a column. */
    public ColumnType type(int column) {
        return types.get(column);
    }

    /** The number of finished rows. */
    public int height() {
        return rows;
    }

    /** Sets a cell of the row being built. */
    public void set(int column, @Nullable Object value) {
        values.get(column)[rows] = value;
    }

    /** Finishes the row being built; cells not set are missing. */
    public void endRow() {
        rows++;
        if (rows == capacity) {
            capacity *= 2;
            for (int c = 0; c < values.size(); c++) {
                values.set(c, Arrays.copyOf(values.get(c), capacity));
            }
        }
    }

    /**
     * Reads one row written as an array of cells in column order ({@code [v1, v2, ...]}, the parser on its
     * {@code START_ARRAY}), typed by the declared columns; extra cells are ignored, missing ones left empty.
     */
    public void readArrayRow(JsonParser p) throws IOException {
        int c = 0;
        int width = names.size();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (c < width) {
                set(c, Cells.read(p, types.get(c)));
            } else {
                p.skipChildren();
            }
            c++;
        }
        endRow();
    }

    /**
     * Reads one row written as an object ({@code {"name": value}}, the parser on its {@code START_OBJECT}); a name
     * not declared yet becomes a column of {@code newColumns}' type.
     */
    public void readObjectRow(JsonParser p, java.util.function.Function<String, ColumnType> newColumns)
            throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            int c = column(name, newColumns.apply(name));
            set(c, Cells.read(p, types.get(c)));
        }
        endRow();
    }

    /** The rows so far as a frame. */
    public DataFrame toDataFrame() {
        Series<?>[] series = new Series<?>[names.size()];
        for (int c = 0; c < series.length; c++) {
            series[c] = series(types.get(c), Arrays.copyOf(values.get(c), rows));
        }
        return DataFrame.byColumn(names.toArray(String[]::new)).of(series);
    }

    private static Series<?> series(ColumnType type, Object[] cells) {
        boolean anyNull = false;
        boolean allLong = true;
        boolean allNumber = true;
        boolean allBool = true;
        boolean allInstantText = true;
        for (Object v : cells) {
            if (v == null) {
                anyNull = true;
                continue;
            }
            allLong &= v instanceof Long;
            allNumber &= v instanceof Long || v instanceof Double;
            allBool &= v instanceof Boolean;
            allInstantText &= v instanceof String s && Cells.looksLikeInstant(s);
        }
        boolean empty = cells.length == 0 || anyNullOnly(cells);
        ColumnType effective = type;
        if (type == ColumnType.INFER && !empty) {
            effective = allLong ? ColumnType.LONG : allNumber ? ColumnType.DOUBLE : allBool ? ColumnType.BOOL
                    : allInstantText && instants(cells) ? ColumnType.INSTANT : ColumnType.INFER;
        }
        if (!anyNull && cells.length > 0) {
            if (effective == ColumnType.LONG && allLong) {
                long[] out = new long[cells.length];
                for (int i = 0; i < cells.length; i++) {
                    out[i] = (Long) cells[i];
                }
                return Series.ofLong(out);
            }
            if (effective == ColumnType.DOUBLE && allNumber) {
                double[] out = new double[cells.length];
                for (int i = 0; i < cells.length; i++) {
                    out[i] = ((Number) cells[i]).doubleValue();
                }
                return Series.ofDouble(out);
            }
            if (effective == ColumnType.BOOL && allBool) {
                boolean[] out = new boolean[cells.length];
                for (int i = 0; i < cells.length; i++) {
                    out[i] = (Boolean) cells[i];
                }
                return Series.ofBool(out);
            }
        }
        if (effective == ColumnType.DOUBLE && allNumber) {
            for (int i = 0; i < cells.length; i++) {
                if (cells[i] instanceof Long l) {
                    cells[i] = l.doubleValue();
                }
            }
        }
        return Series.of(cells);
    }

    private static boolean anyNullOnly(Object[] cells) {
        for (Object v : cells) {
            if (v != null) {
                return false;
            }
        }
        return true;
    }

    /** Converts a column of ISO timestamp text to instants in place, when every value parses. */
    private static boolean instants(Object[] cells) {
        Object[] converted = new Object[cells.length];
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] instanceof String s) {
                try {
                    converted[i] = Cells.instant(s);
                } catch (RuntimeException e) {
                    return false;
                }
            }
        }
        System.arraycopy(converted, 0, cells, 0, cells.length);
        return true;
    }
}
