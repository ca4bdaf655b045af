package io.huntbook.analysis.proctree;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.testing.PropertyCheck;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The number-only shortcuts of the tree build give the answers the string and boxed versions they replace gave:
 * path order compares indexes as text, and parent matching finds the latest process by (id, name).
 */
class TreeIndexes_AgreeWithStringsTest {

    @Test
    void indexesCompareAsTheirDecimalStrings() {
        PropertyCheck.forAll(20_000, random -> new int[] {pick(random), pick(random)}, pair -> {
            int expected = Integer.signum(Integer.toString(pair[0]).compareTo(Integer.toString(pair[1])));
            assertThat(Integer.signum(TreeAssembler.compareAsText(pair[0], pair[1])))
                    .as("%d vs %d", pair[0], pair[1]).isEqualTo(expected);
        });
    }

    @Test
    void pairIndexKeepsTheLatestValueOfEachPair() {
        PropertyCheck.forAll(200, random -> {
            long[][] ops = new long[random.nextInt(1, 3_000)][];
            for (int i = 0; i < ops.length; i++) {
                // few distinct ids and names, so pairs repeat and collide as pids do
                ops[i] = new long[] {random.nextLong(-5, 200), random.nextInt(0, 4), random.nextInt(0, 1_000_000)};
            }
            return ops;
        }, ops -> {
            PairIndex index = new PairIndex(4);
            Map<String, Integer> reference = new HashMap<>();
            for (long[] op : ops) {
                index.put(op[0], op[1], (int) op[2]);
                reference.put(op[0] + "/" + op[1], (int) op[2]);
            }
            for (long id = -6; id <= 201; id++) {
                for (int name = 0; name <= 4; name++) {
                    assertThat(index.get(id, name)).isEqualTo(reference.getOrDefault(id + "/" + name, -1));
                }
            }
        });
    }

    @Test
    void sortAsTextOrdersLikeSortingTheDecimalStrings() {
        PropertyCheck.forAll(2_000, random -> {
            int[] values = new int[random.nextInt(0, 150)];
            int next = random.nextInt(0, 50);
            for (int i = 0; i < values.length; i++) {
                // increasing, as child indexes come, with jumps across digit counts
                next += random.nextInt(1, random.nextBoolean() ? 5 : 5_000);
                values[i] = next;
            }
            return values;
        }, values -> {
            int[] sorted = values.clone();
            TreeAssembler.sortAsText(sorted, sorted.length);
            String[] expected = java.util.Arrays.stream(values).mapToObj(Integer::toString).sorted()
                    .toArray(String[]::new);
            assertThat(java.util.Arrays.stream(sorted).mapToObj(Integer::toString).toArray(String[]::new))
                    .containsExactly(expected);
        });
    }

    @Test
    void stringIndexKeepsTheFirstValueOfEachKey() {
        PropertyCheck.forAll(200, random -> {
            String[] keys = new String[random.nextInt(1, 3_000)];
            for (int i = 0; i < keys.length; i++) {
                // few distinct keys, so they repeat; "Aa" and "BB" share a hash code
                keys[i] = (random.nextBoolean() ? "Aa" : "BB") + "|" + random.nextInt(0, 500);
            }
            return keys;
        }, keys -> {
            StringIndex index = new StringIndex(2);
            Map<String, Integer> reference = new HashMap<>();
            for (int i = 0; i < keys.length; i++) {
                Integer earlier = reference.putIfAbsent(keys[i], i);
                assertThat(index.putIfAbsent(keys[i], i)).isEqualTo(earlier == null ? -1 : earlier);
            }
            for (String prefix : new String[] {"Aa", "BB", "Ab"}) {
                for (int n = -1; n <= 500; n++) {
                    String key = prefix + "|" + n;
                    assertThat(index.get(key)).isEqualTo(reference.getOrDefault(key, -1));
                }
            }
        });
    }

    @Test
    void keyTimeWritesWhatAFormatterWrites() {
        java.time.format.DateTimeFormatter format =
                java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");
        PropertyCheck.forAll(20_000, random -> random.nextLong(-9_000_000_000L, 9_000_000_000L)
                * 1_000_000_000L + random.nextLong(0, 1_000_000_000L), nanos -> {
            long micros = java.math.BigDecimal.valueOf(nanos)
                    .divide(java.math.BigDecimal.valueOf(10_000), java.math.RoundingMode.HALF_EVEN)
                    .longValueExact() * 10;
            String expected = java.time.LocalDateTime.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                    (int) Math.floorMod(micros, 1_000_000L) * 1_000, java.time.ZoneOffset.UTC).format(format);
            assertThat(Values.keyTime(nanos)).as("%d", nanos).isEqualTo(expected);
        });
    }

    private static int pick(java.util.SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextInt(0, 20);
            case 1 -> random.nextInt(0, 2_000);
            case 2 -> (int) Math.pow(10, random.nextInt(0, 10)) - random.nextInt(0, 2);
            default -> random.nextInt(0, Integer.MAX_VALUE);
        };
    }
}
