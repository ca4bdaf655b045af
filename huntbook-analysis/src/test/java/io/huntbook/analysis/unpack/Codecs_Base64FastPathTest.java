package io.huntbook.analysis.unpack;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.testing.PropertyCheck;
import java.util.Base64;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The JDK decoder used for clean base64 gives exactly what the Python-compatible decoder gives: same bytes, and
 * null for the same inputs. A StringBuilder takes the general path, a String the fast one where it applies.
 */
class Codecs_Base64FastPathTest {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    @Test
    void fastPathDecodesAsTheGeneralPath() {
        PropertyCheck.forAll(20_000, Codecs_Base64FastPathTest::candidate, text -> {
            byte[] general = Codecs.base64(new StringBuilder(text), 0, text.length());
            byte[] fast = Codecs.base64(text, 0, text.length());
            assertThat(fast).as("%s", text).isEqualTo(general);
            // a range inside a longer text too
            String framed = "x " + text + " y";
            assertThat(Codecs.base64(framed, 2, 2 + text.length())).as("%s", text).isEqualTo(general);
        });
    }

    /** Clean encodings (some with other trailing bits or padding), and runs with breaks, stray or missing '='. */
    private static String candidate(SplittableRandom random) {
        byte[] bytes = new byte[random.nextInt(0, 60)];
        random.nextBytes(bytes);
        StringBuilder text = new StringBuilder(Base64.getEncoder().encodeToString(bytes));
        switch (random.nextInt(6)) {
            case 0 -> { }
            case 1 -> { // padding removed, or one '=' too few or too many
                while (text.length() > 0 && text.charAt(text.length() - 1) == '=') {
                    text.setLength(text.length() - 1);
                }
                text.append("=".repeat(random.nextInt(0, 3)));
            }
            case 2 -> { // the last data character changed: non-zero unused bits
                int last = text.length() - 1;
                while (last >= 0 && text.charAt(last) == '=') {
                    last--;
                }
                if (last >= 0) {
                    text.setCharAt(last, ALPHABET.charAt(random.nextInt(64)));
                }
            }
            case 3 -> text.insert(random.nextInt(0, text.length() + 1), random.nextBoolean() ? "\r\n" : "\n");
            case 4 -> text.insert(random.nextInt(0, text.length() + 1), "=");
            default -> {
                for (int i = random.nextInt(0, 5); i > 0; i--) {
                    text.append(ALPHABET.charAt(random.nextInt(64)));
                }
            }
        }
        return text.toString();
    }
}
