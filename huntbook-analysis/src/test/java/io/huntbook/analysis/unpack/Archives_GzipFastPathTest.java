package io.huntbook.analysis.unpack;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.testing.PropertyCheck;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Gzip content read with the reused inflater gives exactly what commons-compress gives (members, the problem
 * reported, and what the budget counted), for the common file, damaged ones, concatenated members, headers with
 * fields, and budgets smaller than the content.
 */
class Archives_GzipFastPathTest {

    @Test
    void fastPathReadsGzipAsCommonsCompressDoes() {
        GzipMember gzip = new GzipMember();
        try {
            PropertyCheck.forAll(3_000, Archives_GzipFastPathTest::gzip, c -> {
                Budget fastBudget = new Budget(100, c.allowed);
                Budget slowBudget = new Budget(100, c.allowed);
                Archives.Extraction fast = Archives.extract("gz", c.bytes, fastBudget, gzip);
                Archives.Extraction slow = Archives.extract("gz", c.bytes, slowBudget);
                assertThat(fast.problem()).isEqualTo(slow.problem());
                assertThat(describe(fast.members())).isEqualTo(describe(slow.members()));
                assertThat(fastBudget.remainingBytes()).isEqualTo(slowBudget.remainingBytes());
                assertThat(fastBudget.truncated()).isEqualTo(slowBudget.truncated());
                assertThat(fastBudget.warnings()).isEqualTo(slowBudget.warnings());
            });
        } finally {
            gzip.close();
        }
    }

    @Test
    void commonFilesTakeTheFastPath() {
        GzipMember gzip = new GzipMember();
        try {
            byte[] content = "a gzip file as GZIPOutputStream and Python write it".getBytes(StandardCharsets.UTF_8);
            assertThat(gzip.inflate(Fixtures.gzip(content), 1 << 20)).isEqualTo(content);
            byte[] named = withHeaderFields(Fixtures.gzip(content), new SplittableRandom(1));
            assertThat(named[3] & 0xFF).isEqualTo(0x08);
            assertThat(gzip.inflate(named, 1 << 20)).isEqualTo(content);
            assertThat(gzip.inflate(Fixtures.gzip(content), content.length - 1)).as("over the budget").isNull();
        } finally {
            gzip.close();
        }
    }

    record Case(byte[] bytes, long allowed) {
        @Override
        public String toString() {
            return "allowed=" + allowed + " gz=" + java.util.HexFormat.of().formatHex(bytes);
        }
    }

    private static Case gzip(SplittableRandom random) {
        byte[] content = new byte[random.nextInt(0, 3000)];
        if (random.nextBoolean()) {
            random.nextBytes(content);
        } else {
            content = "gzip me ".repeat(content.length / 8 + 1).getBytes(StandardCharsets.US_ASCII);
        }
        byte[] gz = Fixtures.gzip(content);
        switch (random.nextInt(8)) {
            case 0, 1, 2 -> { }
            case 3 -> gz = concat(gz, Fixtures.gzip(content)); // two members
            case 4 -> gz = concat(gz, new byte[] {(byte) random.nextInt(256), 1, 2}); // trailing bytes
            case 5 -> gz = Arrays.copyOf(gz, random.nextInt(1, gz.length)); // cut short
            case 6 -> gz[random.nextInt(10, gz.length)] ^= (byte) (1 << random.nextInt(8)); // a flipped bit
            default -> gz = withHeaderFields(gz, random);
        }
        long allowed = random.nextInt(4) == 0 ? random.nextInt(0, content.length + 2) : 1L << 20;
        return new Case(gz, allowed);
    }

    /** The same member with a file name, and sometimes a comment or reserved flags, in its header. */
    private static byte[] withHeaderFields(byte[] gz, SplittableRandom random) {
        int flags = 0x08 | (random.nextBoolean() ? 0x10 : 0) | (random.nextInt(5) == 0 ? 0x20 : 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(gz, 0, 3);
        out.write(flags);
        out.write(gz, 4, 6);
        out.writeBytes("name.txt\0".getBytes(StandardCharsets.ISO_8859_1));
        if ((flags & 0x10) != 0) {
            out.writeBytes("a comment\0".getBytes(StandardCharsets.ISO_8859_1));
        }
        out.write(gz, 10, gz.length - 10);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static List<String> describe(List<Archives.Member> members) {
        return members.stream()
                .map(m -> m.name() + " " + m.truncated() + " " + java.util.HexFormat.of().formatHex(m.bytes()))
                .toList();
    }
}
