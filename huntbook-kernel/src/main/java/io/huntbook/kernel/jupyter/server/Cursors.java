package io.huntbook.kernel.jupyter.server;

/** Jupyter counts cursor positions in code points (protocol 5.2+); Java strings count UTF-16 chars. */
final class Cursors {
    private Cursors() {}

    static int toChars(String code, int codePoints) {
        int points = Math.max(0, Math.min(codePoints, code.codePointCount(0, code.length())));
        return code.offsetByCodePoints(0, points);
    }

    static int toCodePoints(String code, int chars) {
        return code.codePointCount(0, Math.max(0, Math.min(chars, code.length())));
    }
}
