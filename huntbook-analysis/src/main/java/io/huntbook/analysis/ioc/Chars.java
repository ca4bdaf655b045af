package io.huntbook.analysis.ioc;

/** Character classes of the scanners, one table lookup each for ASCII. */
final class Chars {
    private Chars() {}

    static final int HEX = 1;
    static final int DIGIT = 1 << 1;
    static final int ALPHA = 1 << 2;
    /** Letters, digits and '-': what a domain label is made of (non-ASCII letters are checked apart). */
    static final int LABEL = 1 << 3;
    /** The local part of an email address. */
    static final int LOCAL = 1 << 4;
    /** Characters a URL may contain (RFC 3986 and the common unescaped extras). */
    static final int URL = 1 << 5;
    /** Characters that may start a scanner's work. */
    static final int ANCHOR = 1 << 6;
    /** Characters that end a Windows folder name. */
    static final int WIN_FOLDER_STOP = 1 << 7;
    /** Characters that end a Windows file name. */
    static final int WIN_FILE_STOP = 1 << 8;
    /** Characters a Linux path may contain. */
    static final int LINUX = 1 << 9;
    /** Characters that may come right before a Linux path. */
    static final int LINUX_BEFORE = 1 << 10;
    /** Host characters of a URL. */
    static final int HOST = 1 << 11;

    private static final int[] FLAGS = new int[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            FLAGS[c] |= HEX | DIGIT | LABEL | LOCAL;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            FLAGS[c] |= ALPHA | LABEL | LOCAL;
            FLAGS[Character.toUpperCase(c)] |= ALPHA | LABEL | LOCAL;
        }
        for (char c = 'a'; c <= 'f'; c++) {
            FLAGS[c] |= HEX;
            FLAGS[Character.toUpperCase(c)] |= HEX;
        }
        FLAGS['-'] |= LABEL | LOCAL;
        for (char c : "._%+".toCharArray()) {
            FLAGS[c] |= LOCAL;
        }
        for (int c = 0x21; c < 0x7f; c++) {
            if ("\"<>\\^`{}|".indexOf(c) < 0) {
                FLAGS[c] |= URL;
            }
            if ("\"'<>|*?\\`,;:".indexOf(c) < 0) {
                FLAGS[c] |= LINUX;
            }
        }
        for (int c = 0; c < 0x20; c++) {
            FLAGS[c] |= WIN_FOLDER_STOP | WIN_FILE_STOP | LINUX_BEFORE;
        }
        for (char c : "/:*?\"'<>|,;".toCharArray()) {
            FLAGS[c] |= WIN_FOLDER_STOP;
        }
        for (char c : "\\/*?\"<>| ,;".toCharArray()) {
            FLAGS[c] |= WIN_FILE_STOP;
        }
        for (char c : " \"'`=([{<>|,;&".toCharArray()) {
            FLAGS[c] |= LINUX_BEFORE;
        }
        for (int c = 0; c < 128; c++) {
            if ((FLAGS[c] & (ALPHA | DIGIT)) != 0 || "-._~%!$&'()*+,;=".indexOf(c) >= 0) {
                FLAGS[c] |= HOST;
            }
        }
        for (char c : ".:@\\/-".toCharArray()) {
            FLAGS[c] |= ANCHOR;
        }
    }

    static int flags(char c) {
        return c < 128 ? FLAGS[c] : 0;
    }

    static boolean is(char c, int flag) {
        return c < 128 && (FLAGS[c] & flag) != 0;
    }

    static boolean isHex(char c) {
        return c < 128 && (FLAGS[c] & HEX) != 0;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isAsciiLetter(char c) {
        return c < 128 && (FLAGS[c] & ALPHA) != 0;
    }

    /** Letters and digits of any script: the word characters that glue onto an indicator. */
    static boolean isAlnum(char c) {
        return c < 128 ? (FLAGS[c] & (ALPHA | DIGIT)) != 0 : Character.isLetterOrDigit(c);
    }

    /** A character of a domain label, internationalised labels included. */
    static boolean isLabel(char c) {
        return c < 128 ? (FLAGS[c] & LABEL) != 0 : Character.isLetterOrDigit(c);
    }

    static boolean isUrl(char c) {
        return c < 128 ? (FLAGS[c] & URL) != 0 : c >= 0xA0 && !Character.isSpaceChar(c) && c != 0xFEFF;
    }

    static boolean isHost(char c) {
        return c < 128 ? (FLAGS[c] & HOST) != 0 : Character.isLetterOrDigit(c);
    }

    static boolean isLinux(char c) {
        return c < 128 ? (FLAGS[c] & LINUX) != 0 : !Character.isSpaceChar(c);
    }
}
