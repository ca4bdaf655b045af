package io.huntbook.notebook.params;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.testing.PropertyCheck;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Every string Huntbook writes as a Kotlin or Scala literal reads back as exactly the value, by decoders written
 * here from the language specifications (no Kotlin or Scala toolchain is needed): a value can never end its literal
 * early, start a Kotlin {@code $} template, or become code through a unicode escape that older Scala compilers read
 * before anything else.
 */
class KotlinScalaLiterals_DecodeBackTest {
    private static final String[] FRAGMENTS = {"\\u0022", "\\\\u0022", "\\u000a", "${x}", "$x", "$", "\\$", "*/",
            "/*", "\"\"\"", "\\", "\"", "\n", "\u0000", "\ud800", "\udc00", "\u202e", "😀", "\\uu0041"};

    private static String value(SplittableRandom random) {
        StringBuilder out = new StringBuilder();
        int parts = random.nextInt(6);
        for (int i = 0; i < parts; i++) {
            out.append(random.nextBoolean() ? PropertyCheck.anyString(random, 12)
                    : FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
        }
        return out.toString();
    }

    private static String literal(KernelLanguage language, String value) {
        Map<String, SuppliedValue> values = new LinkedHashMap<>();
        values.put("s", SuppliedValue.rawText(value));
        String cell = ParameterTranslator.of(language).codify(values,
                List.of(new DeclaredParameter("s", "String", "\"\"", null)));
        String prefix = "// Parameters\nval s: String = ";
        assertThat(cell).startsWith(prefix).endsWith("\n");
        String literal = cell.substring(prefix.length(), cell.length() - 1);
        assertThat(literal).doesNotContain("\n", "\r");
        return literal;
    }

    @Test
    void kotlinLiteralsDecodeBackToTheValue() {
        PropertyCheck.forAll(12_000, KotlinScalaLiterals_DecodeBackTest::value,
                v -> assertThat(decodeKotlin(literal(KernelLanguage.KOTLIN, v))).isEqualTo(v));
    }

    @Test
    void scalaLiteralsDecodeBackToTheValueWithAndWithoutUnicodePreprocessing() {
        PropertyCheck.forAll(12_000, KotlinScalaLiterals_DecodeBackTest::value, v -> {
            String literal = literal(KernelLanguage.SCALA, v);
            assertThat(decodeScala(literal)).isEqualTo(v);
            assertThat(decodeScala(preprocessUnicode(literal))).isEqualTo(v);
        });
    }

    /** A Kotlin single-line string: escapes \t \b \n \r \' \" \\ \$ and \\uXXXX; an unescaped {@code $name} or
     * {@code ${} is a template, which a value must never produce. */
    static String decodeKotlin(String literal) {
        return decode(literal, true);
    }

    /** A Scala single-line string: escapes \b \t \n \f \r \" \' \\ and \\uXXXX. */
    static String decodeScala(String literal) {
        return decode(literal, false);
    }

    private static String decode(String literal, boolean kotlin) {
        if (literal.length() < 2 || literal.charAt(0) != '"') {
            throw new AssertionError("not a string literal: " + literal);
        }
        StringBuilder out = new StringBuilder();
        int i = 1;
        while (true) {
            if (i >= literal.length()) {
                throw new AssertionError("unterminated literal: " + literal);
            }
            char c = literal.charAt(i);
            if (c == '"') {
                if (i != literal.length() - 1) {
                    throw new AssertionError("the literal ends early, at " + i + ": " + literal);
                }
                return out.toString();
            }
            if (c == '\n' || c == '\r') {
                throw new AssertionError("a line break inside a single-line literal: " + literal);
            }
            if (kotlin && c == '$' && i + 1 < literal.length()
                    && (literal.charAt(i + 1) == '{' || Character.isLetter(literal.charAt(i + 1))
                    || literal.charAt(i + 1) == '_')) {
                throw new AssertionError("an unescaped template at " + i + ": " + literal);
            }
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            char e = literal.charAt(i + 1);
            switch (e) {
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case '\'' -> out.append('\'');
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case 'u' -> {
                    out.append((char) Integer.parseInt(literal.substring(i + 2, i + 6), 16));
                    i += 4;
                }
                default -> {
                    if (kotlin && e == '$') {
                        out.append('$');
                    } else if (!kotlin && e == 'f') {
                        out.append('\f');
                    } else {
                        throw new AssertionError("an unknown escape \\" + e + " at " + i + ": " + literal);
                    }
                }
            }
            i += 2;
        }
    }

    /**
     * What Scala before 2.13.2 did to all source first, as Java does: a backslash preceded by an even number of
     * backslashes, followed by one or more {@code u} and four hex digits, is that character. A quote, backslash or
     * line break produced this way would change the literal, which the decode after this step would notice.
     */
    static String preprocessUnicode(String source) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\' && i + 1 < source.length() && source.charAt(i + 1) == 'u') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) == 'u') {
                    j++;
                }
                out.append((char) Integer.parseInt(source.substring(j, j + 4), 16));
                i = j + 4;
            } else if (c == '\\' && i + 1 < source.length()) {
                out.append(c).append(source.charAt(i + 1));
                i += 2;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
