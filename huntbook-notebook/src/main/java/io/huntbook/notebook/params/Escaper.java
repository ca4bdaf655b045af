package io.huntbook.notebook.params;

import io.huntbook.core.BadInputException;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The loop that every C-like string literal shares: characters with a meaning in the literal get the language's
 * escape, invisible ones (controls, format characters, separators, unassigned) get a numeric escape so nothing
 * hides in the source, and everything else is written as itself.
 */
final class Escaper {
    private Escaper() {}

    /**
     * @param special the escape of a code point that has a meaning in the literal, or null for none
     * @param numeric the numeric escape of an invisible code point
     */
    static String escape(String value, IntFunction<@Nullable String> special, IntFunction<String> numeric) {
        StringBuilder out = new StringBuilder(value.length() + 2);
        value.codePoints().forEach(cp -> {
            String escaped = special.apply(cp);
            if (escaped != null) {
                out.append(escaped);
            } else if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && !JavaLiterals.visible(cp))) {
                out.append(numeric.apply(cp));
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** Refuses what a language's strings cannot hold: NUL, and lone surrogates, which are not characters. */
    static void requireText(String value, String language, boolean nulAllowed) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0 && !nulAllowed) {
                throw new BadInputException(language + " strings cannot hold the NUL character: remove it from the value");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new BadInputException(language + " strings cannot hold an unpaired surrogate (\\u"
                        + Integer.toHexString(c) + "): pass whole characters");
            }
        }
    }

    static String hex(String format, int cp) {
        return String.format(format, cp);
    }
}
