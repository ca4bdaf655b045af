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

    private static int pick(java.util.SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextInt(0, 20);
            case 1 -> random.nextInt(0, 2_000);
            case 2 -> (int) Math.pow(10, random.nextInt(0, 10)) - random.nextInt(0, 2);
            default -> random.nextInt(0, Integer.MAX_VALUE);
        };
    }
}
