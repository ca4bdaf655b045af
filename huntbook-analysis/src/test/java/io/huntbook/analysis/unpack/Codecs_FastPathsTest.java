package io.huntbook.analysis.unpack;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.testing.PropertyCheck;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fast text decoders and hex renderings give what the JDK's strict decoders and {@code HexFormat} give. */
class Codecs_FastPathsTest {

    @Test
    void utf8AcceptsExactlyWhatTheStrictDecoderAccepts() {
        PropertyCheck.forAll(50_000, Codecs_FastPathsTest::bytes, bytes ->
                assertThat(Codecs.utf8(bytes)).as(hex(bytes)).isEqualTo(ReferenceCodecs.utf8(bytes)));
    }

    @Test
    void utf16AcceptsExactlyWhatTheStrictDecoderAccepts() {
        PropertyCheck.forAll(20_000, random -> {
            byte[] bytes = random.nextInt(3) == 0 ? bytes(random)
                    : PropertyCheck.anyString(random, 20).getBytes(StandardCharsets.UTF_16LE);
            if (bytes.length > 1 && random.nextInt(4) == 0) {
                // an unpaired surrogate, a swapped pair or a byte-order mark
                int at = random.nextInt(bytes.length / 2) * 2;
                bytes[at] = (byte) random.nextInt(256);
                bytes[at + 1] = (byte) (random.nextBoolean() ? 0xD8 + random.nextInt(8) : 0xFE);
            }
            return bytes;
        }, bytes -> assertThat(Codecs.utf16le(bytes)).as(hex(bytes)).isEqualTo(ReferenceCodecs.utf16le(bytes)));
    }

    @Test
    void printableBytesAndHexAreHexFormats() {
        PropertyCheck.forAll(5_000, Codecs_FastPathsTest::bytes, bytes -> {
            assertThat(Codecs.printableBytes(bytes)).isEqualTo(ReferenceCodecs.printableBytes(bytes));
            assertThat(Codecs.hexOf(bytes)).isEqualTo(ReferenceCodecs.hexOf(bytes));
        });
    }

    @Test
    void urlDecodingGivesEveryCharactersOwnUtf8() {
        String[] pieces = {"%", "%4", "%41", "%e9", "%C3%A9", "%zz", "+", "a", "é", "\u07ff", "\u0800", "\u4e2d",
            "\uffff", "\ud83d\ude00", "\ud83d", "\ude00", "\u0000", "\u007f", "\u0080"};
        PropertyCheck.forAll(20_000, random -> {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(random.nextBoolean() ? pieces[random.nextInt(pieces.length)]
                        : PropertyCheck.anyString(random, 4));
            }
            return text.toString();
        }, text -> assertThat(hex(Codecs.urlDecode(text, 0, text.length())))
                .isEqualTo(hex(ReferenceCodecs.urlDecode(text, 0, text.length()))));
    }

    /** Valid UTF-8 of any text, then often damaged: a byte changed, cut short, or bytes of the awkward ranges. */
    private static byte[] bytes(SplittableRandom random) {
        byte[] bytes = PropertyCheck.anyString(random, 12).getBytes(StandardCharsets.UTF_8);
        switch (random.nextInt(4)) {
            case 0 -> { }
            case 1 -> {
                if (bytes.length > 0) {
                    int[] awkward = {0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF,
                        0x9F, 0xA0, 0x8F, 0x90};
                    bytes[random.nextInt(bytes.length)] = (byte) awkward[random.nextInt(awkward.length)];
                }
            }
            case 2 -> bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            default -> random.nextBytes(bytes);
        }
        return bytes;
    }

    private static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
