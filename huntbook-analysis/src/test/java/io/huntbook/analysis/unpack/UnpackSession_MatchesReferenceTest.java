package io.huntbook.analysis.unpack;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.testing.PropertyCheck;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fast session (later passes scan only what the previous pass changed, fewer copies, faster codecs) gives
 * exactly what the straightforward {@link ReferenceSession} gives: the same decoded text, items (every column),
 * truncation and warnings. The inputs glue encodings together without separators, so candidates touch, flags follow
 * decoded runs, identical candidates repeat and limits cut passes short.
 */
class UnpackSession_MatchesReferenceTest {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final String[] FLAGS = {"-enc ", "-e ", "-EncodedCommand ", "/enc ", "-ec ", "-Enc\t'", "-en \"",
        "-enc  ", "-e"};
    private static final String[] GLUE = {"", " ", "\n", "\r\n", "'", "\"", "<", ">", "=", "==", "===", "-", "/", "%",
        "%4", "%41%41%41", "%41%41%41%", "x", "_", "&", ";", "\t", "+", "A"};

    record Case(String text, int maxDepth, int maxItems, long maxBytes) {
        @Override
        public String toString() {
            return "maxDepth=" + maxDepth + " maxItems=" + maxItems + " maxBytes=" + maxBytes + " text="
                    + text.replace("\n", "\\n").replace("\r", "\\r");
        }
    }

    @Test
    void gluedEncodingsUnpackAsTheReferenceDoes() {
        PropertyCheck.forAll(3_000, random -> new Case(text(random, 1 + random.nextInt(12)), 20, 10_000, 64L << 20),
                UnpackSession_MatchesReferenceTest::assertSame);
    }

    @Test
    void limitsCutPassesAsTheReferenceDoes() {
        PropertyCheck.forAll(2_000, random -> new Case(text(random, 1 + random.nextInt(12)), 1 + random.nextInt(4),
                1 + random.nextInt(8), 1 + random.nextInt(600)), UnpackSession_MatchesReferenceTest::assertSame);
    }

    @Test
    void logLinesUnpackAsTheReferenceDoes() {
        PropertyCheck.forAll(30, random -> {
            StringBuilder text = new StringBuilder();
            for (int line = 0; line < 200; line++) {
                text.append("2024-05-01T10:").append(line % 60).append(":00Z host ");
                text.append(text(random, 1 + random.nextInt(4)));
                text.append(random.nextBoolean() ? "\n" : " rc=0\n");
            }
            return new Case(text.toString(), 20, 10_000, 64L << 20);
        }, UnpackSession_MatchesReferenceTest::assertSame);
    }

    /**
     * Thousands of items in one text: their hashes are worked out on other threads while the session goes on
     * ({@link BackgroundHashing}) and the frame's rows are filled on several threads, yet every cell of the frame is
     * the reference's, in the reference's order.
     */
    @Test
    void manyItemsGiveTheReferenceFrame() {
        PropertyCheck.forAll(4, random -> {
            StringBuilder text = new StringBuilder();
            for (int line = 0; line < 2_500; line++) {
                text.append("host").append(line % 17).append(' ').append(text(random, 1 + random.nextInt(3)))
                        .append(" rc=0\n");
            }
            return new Case(text.toString(), 20, 100_000, 64L << 20);
        }, c -> {
            UnpackResult expected = new ReferenceSession(c.maxDepth, new Budget(c.maxItems, c.maxBytes)).run(c.text);
            UnpackResult actual = Unpacker.builder().maxDepth(c.maxDepth).maxItems(c.maxItems)
                    .maxTotalBytes(c.maxBytes).build().unpack(c.text);
            assertThat(actual.items()).hasSizeGreaterThan(2 * BackgroundHashing.BATCH);
            org.dflib.DataFrame frame = actual.frame();
            assertThat(frame.getColumnsIndex().toArray()).containsExactlyElementsOf(UnpackResult.COLUMNS);
            List<List<Object>> rows = new ArrayList<>();
            for (int r = 0; r < frame.height(); r++) {
                List<Object> row = new ArrayList<>();
                for (int col = 0; col < frame.width(); col++) {
                    Object cell = frame.getColumn(col).get(r);
                    row.add(cell instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : cell);
                }
                rows.add(row);
            }
            assertThat(rows).isEqualTo(columns(expected.items()).stream().map(row -> row.subList(0, 12)).toList());
            assertThat(actual.decoded()).isEqualTo(expected.decoded());
        });
    }

    static void assertSame(Case c) {
        UnpackResult expected = new ReferenceSession(c.maxDepth, new Budget(c.maxItems, c.maxBytes)).run(c.text);
        UnpackResult actual = Unpacker.builder().maxDepth(c.maxDepth).maxItems(c.maxItems).maxTotalBytes(c.maxBytes)
                .build().unpack(c.text);
        assertThat(actual.decoded()).isEqualTo(expected.decoded());
        assertThat(actual.truncated()).isEqualTo(expected.truncated());
        assertThat(actual.warnings()).isEqualTo(expected.warnings());
        assertThat(columns(actual.items())).isEqualTo(columns(expected.items()));
    }

    /** Every field of every item, arrays as lists, so equality compares content. */
    private static List<List<Object>> columns(List<DecodedItem> items) {
        List<List<Object>> rows = new ArrayList<>();
        for (DecodedItem item : items) {
            rows.add(Arrays.asList(item.reference(), item.originalString(), item.fileName(), item.fileType(),
                    HexFormat.of().formatHex(item.inputBytes()), item.decodedString(), item.encodingType(),
                    item.fileHashes(), item.md5(), item.sha1(), item.sha256(), item.printableBytes(), item.decoder(),
                    item.truncated()));
        }
        return rows;
    }

    /** Segments glued by separators that are often no separator at all. */
    static String text(SplittableRandom random, int segments) {
        StringBuilder text = new StringBuilder();
        List<String> earlier = new ArrayList<>();
        for (int i = 0; i < segments; i++) {
            String segment = earlier.isEmpty() || random.nextInt(6) > 0 ? segment(random, 0)
                    : earlier.get(random.nextInt(earlier.size()));
            earlier.add(segment);
            text.append(segment).append(GLUE[random.nextInt(GLUE.length)]);
        }
        return text.toString();
    }

    private static String segment(SplittableRandom random, int nesting) {
        return switch (random.nextInt(nesting > 2 ? 9 : 13)) {
            case 0 -> words(random);
            case 1 -> b64(utf8(words(random)));
            case 2 -> FLAGS[random.nextInt(FLAGS.length)] + b64(words(random).getBytes(StandardCharsets.UTF_16LE));
            case 3 -> FLAGS[random.nextInt(FLAGS.length)] + b64(utf8(words(random)));
            case 4 -> HexFormat.of().formatHex(utf8(words(random)));
            case 5 -> java.net.URLEncoder.encode(words(random), StandardCharsets.UTF_8);
            case 6 -> b64(bytes(random));
            case 7 -> broken(random);
            case 8 -> binaryHeader(random);
            case 9 -> b64(utf8(segment(random, nesting + 1) + GLUE[random.nextInt(GLUE.length)]
                    + segment(random, nesting + 1)));
            case 10 -> b64(Fixtures.gzip(utf8(segment(random, nesting + 1))));
            case 11 -> b64(random.nextBoolean() ? Fixtures.zip(Fixtures.members("a.txt", segment(random, nesting + 1),
                    "b.bin", words(random))) : Fixtures.tar(Fixtures.members("t.txt", segment(random, nesting + 1))));
            default -> FLAGS[random.nextInt(FLAGS.length)] + b64((segment(random, nesting + 1) + " ")
                    .getBytes(StandardCharsets.UTF_16LE));
        };
    }

    private static String words(SplittableRandom random) {
        String[] words = {"IEX", "whoami", "net user", "C:\\Temp\\a.exe", "http://198.51.100.7/x?a=1&b=%41", "é",
            "\u4e2d\u6587", "\ud83d\ude00", "-enc", "powershell", "AAAAAAAA", "<tag>", "'q'", "x=1==", "\t", "\n"};
        StringBuilder out = new StringBuilder();
        for (int i = random.nextInt(1, 10); i > 0; i--) {
            out.append(words[random.nextInt(words.length)]).append(' ');
        }
        return out.toString();
    }

    private static byte[] bytes(SplittableRandom random) {
        byte[] bytes = new byte[random.nextInt(1, 120)];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Runs of the alphabet of awkward lengths, with line breaks, stray padding or a damaged archive. */
    private static String broken(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> {
                StringBuilder run = new StringBuilder();
                for (int i = random.nextInt(25, 45); i > 0; i--) {
                    run.append(random.nextInt(12) == 0 ? "\n" : ALPHABET.charAt(random.nextInt(64)));
                }
                yield run.toString();
            }
            case 1 -> b64(utf8(words(random))).replace("=", "") + "=".repeat(random.nextInt(4));
            case 2 -> {
                byte[] gz = Fixtures.gzip(utf8(words(random)));
                yield b64(Arrays.copyOf(gz, random.nextInt(1, gz.length + 4)));
            }
            default -> {
                String valid = b64(utf8(words(random) + words(random)));
                int cut = random.nextInt(valid.length());
                yield valid.substring(0, cut) + "\r\n" + valid.substring(cut);
            }
        };
    }

    /** Base64 of bytes that start like a known file (or half like one). */
    private static String binaryHeader(SplittableRandom random) {
        String[] magics = {"7f454c46", "4d5a", "504b0304", "1f8b", "255044462d", "377abcaf271c", "526172211a07",
            "d0cf11e0a1b11ae1", "ffFE"};
        byte[] head = HexFormat.of().parseHex(magics[random.nextInt(magics.length)].toLowerCase());
        byte[] body = bytes(random);
        byte[] all = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return b64(all);
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
