package io.huntbook.notebook;

import java.util.SplittableRandom;

/** Random text for property tests: ASCII, every Python line boundary, controls, quotes, non-ASCII and emoji. */
final class TextGen {
    private TextGen() {}

    private static final String SPECIAL = "\"'\\\n\r\t\u000b\u000c\u001c\u001d\u001e\u0085\u2028\u2029%#/ []=";

    static String any(SplittableRandom random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            if (kind < 4) {
                text.appendCodePoint(0x20 + random.nextInt(0x5f));
            } else if (kind < 5) {
                text.appendCodePoint(random.nextInt(0x20));
            } else if (kind < 8) {
                text.append(SPECIAL.charAt(random.nextInt(SPECIAL.length())));
            } else if (kind < 9) {
                text.appendCodePoint(0x80 + random.nextInt(0xD800 - 0x80));
            } else {
                text.appendCodePoint(0x10000 + random.nextInt(0x10FFFF - 0x10000));
            }
        }
        return text.toString();
    }
}
