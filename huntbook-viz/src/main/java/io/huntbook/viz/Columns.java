package io.huntbook.viz;

import io.huntbook.core.BadInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.dflib.DataFrame;
import org.dflib.Series;
import org.jspecify.annotations.Nullable;

/** Reading chart inputs out of frames: named columns, times as epoch milliseconds, numbers, labels. */
final class Columns {
    private Columns() {}

    /** Time columns tried when none is named, MSTICPy's and the common event schemas' names first. */
    private static final List<String> TIME_NAMES = List.of("TimeGenerated", "TimeCreated", "Timestamp", "EventTime",
            "TimeCreatedUtc", "timestamp", "time", "Time", "@timestamp", "StartTime", "CreateTime");

    static Series<?> column(DataFrame frame, String name, String option) {
        if (!frame.getColumnsIndex().contains(name)) {
            throw new BadInputException("no column '" + name + "' for " + option + ": the columns are "
                    + String.join(", ", frame.getColumnsIndex().toArray()));
        }
        return frame.getColumn(name);
    }

    /** The named time column, else the first conventional name present, else the first column of instants. */
    static String timeColumn(DataFrame frame, @Nullable String named) {
        if (named != null) {
            column(frame, named, "the time column");
            return named;
        }
        List<String> names = Arrays.asList(frame.getColumnsIndex().toArray());
        for (String candidate : TIME_NAMES) {
            if (names.contains(candidate)) {
                return candidate;
            }
        }
        for (String name : names) {
            Series<?> column = frame.getColumn(name);
            if (column.size() > 0 && firstNonNull(column).map(v -> v instanceof Instant).orElse(false)) {
                return name;
            }
        }
        throw new BadInputException("no time column found among " + String.join(", ", names)
                + ": name one with --time-column");
    }

    private static Optional<Object> firstNonNull(Series<?> column) {
        for (int i = 0; i < column.size(); i++) {
            if (column.get(i) != null) {
                return Optional.of(column.get(i));
            }
        }
        return Optional.empty();
    }

    /** Epoch milliseconds, or NaN for a missing or unreadable time. */
    static double millis(@Nullable Object value) {
        if (value == null) {
            return Double.NaN;
        }
        return switch (value) {
            case Instant i -> i.toEpochMilli();
            case OffsetDateTime o -> o.toInstant().toEpochMilli();
            case ZonedDateTime z -> z.toInstant().toEpochMilli();
            case LocalDateTime l -> l.toInstant(ZoneOffset.UTC).toEpochMilli();
            case LocalDate d -> d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
            case Date d -> d.getTime();
            case Number n -> n.doubleValue();
            default -> parseTime(value.toString());
        };
    }

    private static double parseTime(String text) {
        String t = text.trim();
        if (t.isEmpty()) {
            return Double.NaN;
        }
        try {
            return Instant.parse(t).toEpochMilli();
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(t).toInstant().toEpochMilli();
            } catch (DateTimeParseException e2) {
                try {
                    return LocalDateTime.parse(t.replace(' ', 'T')).toInstant(ZoneOffset.UTC).toEpochMilli();
                } catch (DateTimeParseException e3) {
                    return Double.NaN;
                }
            }
        }
    }

    /** The column as epoch milliseconds (NaN where missing). */
    static double[] times(DataFrame frame, String name) {
        Series<?> column = column(frame, name, "the time column");
        double[] out = new double[column.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = millis(column.get(i));
        }
        return out;
    }

    /** The column as numbers (NaN where missing or not a number; booleans are 1 and 0). */
    static double[] numbers(DataFrame frame, String name, String option) {
        Series<?> column = column(frame, name, option);
        double[] out = new double[column.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(column.get(i));
        }
        return out;
    }

    static double number(@Nullable Object value) {
        if (value == null) {
            return Double.NaN;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        String text = value.toString().trim();
        if (text.equalsIgnoreCase("true")) {
            return 1;
        }
        if (text.equalsIgnoreCase("false")) {
            return 0;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** The column as labels ("" for a missing value). */
    static String[] labels(DataFrame frame, String name, String option) {
        Series<?> column = column(frame, name, option);
        String[] out = new String[column.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = label(column.get(i));
        }
        return out;
    }

    static String label(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return Long.toString(d.longValue());
        }
        return value.toString();
    }

    /**
     * Tooltip text per row: {@code column: value} lines for each of {@code columns}, the time first when given.
     */
    static String[] tooltips(DataFrame frame, List<String> columns) {
        String[][] values = new String[columns.size()][];
        for (int c = 0; c < columns.size(); c++) {
            values[c] = labels(frame, columns.get(c), "--tooltip");
        }
        String[] out = new String[frame.height()];
        StringBuilder line = new StringBuilder();
        for (int r = 0; r < out.length; r++) {
            line.setLength(0);
            for (int c = 0; c < columns.size(); c++) {
                if (c > 0) {
                    line.append('\n');
                }
                line.append(columns.get(c)).append(": ").append(values[c][r]);
            }
            out[r] = line.toString();
        }
        return out;
    }
}
