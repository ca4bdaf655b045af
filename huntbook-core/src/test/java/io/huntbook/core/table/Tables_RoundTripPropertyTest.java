package io.huntbook.core.table;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.core.io.AtomicFiles;
import io.huntbook.testing.PropertyCheck;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.dflib.DataFrame;
import org.dflib.Index;
import org.dflib.Series;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A frame written with {@link TableWriter} and read back with {@link Tables#read} gives the same values, for every
 * column type. CSV cannot tell an empty string from a missing value, nor a text that looks like a number from the
 * number, so its string cells are never empty and start with a letter; JSON keeps every type, nested values too.
 */
class Tables_RoundTripPropertyTest {
    @TempDir
    Path dir;

    private enum Type { LONG, DOUBLE, BOOLEAN, INSTANT, STRING, NESTED }

    private record Case(DataFrame frame, List<Type> types) {
        @Override
        public String toString() {
            return types + "\n" + frame;
        }
    }

    @Test
    void csvRoundTripKeepsValues() {
        PropertyCheck.forAll(60, r -> frame(r, false), c -> assertRoundTrip(c, TableFormat.CSV, "t.csv"));
    }

    @Test
    void jsonRoundTripKeepsValues() {
        PropertyCheck.forAll(60, r -> frame(r, true), c -> assertRoundTrip(c, TableFormat.JSON, "t.json"));
    }

    @Test
    void jsonLinesRoundTripKeepsValues() {
        PropertyCheck.forAll(60, r -> frame(r, true), c -> assertRoundTrip(c, TableFormat.JSONL, "t.jsonl"));
    }

    private void assertRoundTrip(Case c, TableFormat format, String name) {
        Path file = dir.resolve(name);
        AtomicFiles.write(file, out -> TableWriter.write(c.frame(), format, out));
        DataFrame back = Tables.read(file);
        DataFrame original = c.frame();
        if (original.height() == 0 && format != TableFormat.CSV) {
            // JSON of no rows carries no column names.
            assertThat(back.height()).isZero();
            return;
        }
        assertThat(back.getColumnsIndex().toArray()).containsExactly(original.getColumnsIndex().toArray());
        assertThat(back.height()).isEqualTo(original.height());
        for (int col = 0; col < original.width(); col++) {
            for (int row = 0; row < original.height(); row++) {
                Object expected = original.getColumn(col).get(row);
                Object actual = back.getColumn(col).get(row);
                String where = "column " + col + " row " + row;
                if (expected == null) {
                    assertThat(actual).as(where).isNull();
                } else {
                    assertThat(actual).as(where).isEqualTo(expected);
                }
            }
        }
    }

    private static Case frame(SplittableRandom r, boolean json) {
        // Two columns at least: a one-column CSV row holding a missing value is a blank line, which CSV skips.
        int width = 2 + r.nextInt(4);
        int height = r.nextInt(6);
        List<Type> types = new ArrayList<>();
        String[] names = new String[width];
        Series<?>[] columns = new Series<?>[width];
        for (int c = 0; c < width; c++) {
            Type type = Type.values()[r.nextInt(json ? 6 : 5)];
            types.add(type);
            names[c] = "c" + c + (r.nextBoolean() ? "" : PropertyCheck.anyString(r, 5).replace("\r", "").replace("\n", ""));
            Object[] values = new Object[height];
            for (int row = 0; row < height; row++) {
                values[row] = r.nextInt(5) == 0 ? null : value(type, r);
            }
            columns[c] = Series.of(values);
        }
        return new Case(DataFrame.byColumn(Index.of(names)).of(columns), types);
    }

    private static Object value(Type type, SplittableRandom r) {
        return switch (type) {
            case LONG -> r.nextBoolean() ? r.nextLong() : (long) r.nextInt(-1000, 1000);
            case DOUBLE -> switch (r.nextInt(4)) {
                case 0 -> Double.longBitsToDouble(r.nextLong()) == 0 ? 0.5 : finite(Double.longBitsToDouble(r.nextLong()));
                case 1 -> (double) r.nextInt(-100, 100);
                default -> r.nextDouble(-1e6, 1e6);
            };
            case BOOLEAN -> r.nextBoolean();
            case INSTANT -> Instant.ofEpochSecond(r.nextLong(-2_208_988_800L, 4_102_444_800L),
                    r.nextBoolean() ? 0 : r.nextInt(1_000_000_000));
            case STRING -> "s" + PropertyCheck.anyString(r, 12);
            case NESTED -> nested(r);
        };
    }

    private static double finite(double d) {
        return Double.isFinite(d) ? d : 1.25;
    }

    private static JsonNode nested(SplittableRandom r) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("k", PropertyCheck.anyString(r, 6));
        node.putArray("list").add(r.nextInt()).add(r.nextBoolean());
        return node;
    }
}
