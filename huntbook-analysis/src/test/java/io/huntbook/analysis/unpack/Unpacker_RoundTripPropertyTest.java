package io.huntbook.analysis.unpack;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.testing.PropertyCheck;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Encode random content, hide it in text, and unpacking must find exactly that content. */
class Unpacker_RoundTripPropertyTest {
    private final Unpacker unpacker = Unpacker.standard();

    @Test
    void base64OfRandomBytesIsFound() {
        PropertyCheck.forAll(300, random -> {
            byte[] bytes = new byte[23 + random.nextInt(400)];
            random.nextBytes(bytes);
            return bytes;
        }, bytes -> {
            String text = "prefix: " + Base64.getEncoder().encodeToString(bytes) + " :suffix";
            UnpackResult result = unpacker.unpack(text);
            assertThat(result.items()).anySatisfy(item -> assertThat(item.inputBytes()).isEqualTo(bytes));
            assertThat(result.items().get(0).inputBytes()).isEqualTo(bytes);
        });
    }

    @Test
    void base64WithLineBreaksIsFoundWhole() {
        PropertyCheck.forAll(100, random -> {
            byte[] bytes = new byte[100 + random.nextInt(2000)];
            random.nextBytes(bytes);
            return bytes;
        }, bytes -> {
            String wrapped = Base64.getMimeEncoder().encodeToString(bytes);
            UnpackResult result = unpacker.unpack("-----BEGIN-----\r\n" + wrapped + "\r\n-----END-----");
            assertThat(result.items().get(0).inputBytes()).isEqualTo(bytes);
        });
    }

    @Test
    void hexOfRandomTextIsFound() {
        PropertyCheck.forAll(200, random -> {
            StringBuilder text = new StringBuilder();
            int length = 16 + random.nextInt(200);
            for (int i = 0; i < length; i++) {
                text.append((char) (0x20 + random.nextInt(0x5F)));
            }
            return text.toString();
        }, text -> {
            String hex = HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_8));
            UnpackResult result = unpacker.unpack("value=" + hex + ";");
            assertThat(result.items().get(0).decodedString()).isEqualTo(text);
        });
    }

    @Test
    void urlEncodingOfAnyTextIsFound() {
        PropertyCheck.forAll(200, random -> {
            String text = anyText(random, 60);
            return "<" + text + "> & \"quoted\" / é";
        }, text -> {
            String encoded = URLEncoder.encode(text, StandardCharsets.UTF_8);
            UnpackResult result = unpacker.unpack("GET /search?q=" + encoded + " HTTP/1.1");
            assertThat(result.items()).anySatisfy(item -> assertThat(item.decodedString()).contains(text));
        });
    }

    @Test
    void powershellEncodedCommandOfRandomTextIsFound() {
        PropertyCheck.forAll(200, random -> {
            return "Write-Output '" + anyText(random, 80) + "'";
        }, script -> {
            String encoded = Base64.getEncoder().encodeToString(script.getBytes(StandardCharsets.UTF_16LE));
            UnpackResult result = unpacker.unpack("powershell -enc " + encoded);
            assertThat(result.items().get(0).decodedString()).isEqualTo(script);
        });
    }

    /** Any text: printable ASCII, controls, accents, CJK and astral characters. */
    private static String anyText(java.util.SplittableRandom random, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(6);
            int cp = switch (kind) {
                case 0, 1, 2 -> 0x20 + random.nextInt(0x5F);
                case 3 -> 1 + random.nextInt(0x1F);
                case 4 -> 0xA0 + random.nextInt(0xD7FF - 0xA0);
                default -> 0x10000 + random.nextInt(0x10000);
            };
            text.appendCodePoint(cp);
        }
        return text.toString();
    }
}
