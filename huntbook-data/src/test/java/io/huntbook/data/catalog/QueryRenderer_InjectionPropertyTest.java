package io.huntbook.data.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.testing.PropertyCheck;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever text a caller passes, it cannot leave its place in the query: inside a string literal of the query
 * language it decodes back to exactly itself and the literal ends where the template ends it; where the template
 * does not quote it, it is refused unless it is one plain token.
 */
class QueryRenderer_InjectionPropertyTest {
    private static final String PREFIX = "T | where A == ";
    private static final String SUFFIX = " | take 1\n| count";

    static Stream<Arguments> literals() {
        List<Arguments> out = new ArrayList<>();
        for (Dialect dialect : Dialect.values()) {
            for (QuoteRule rule : dialect.quotes()) {
                out.add(Arguments.of(dialect, List.of(rule)));
                for (QuoteRule inner : rule.nested()) {
                    out.add(Arguments.of(dialect, List.of(rule, inner)));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("literals")
    void anyTextStaysInsideTheStringLiteralItIsPutIn(Dialect dialect, List<QuoteRule> rules) {
        String template = PREFIX + opening(rules) + "x{p}y" + closing(rules) + SUFFIX;
        CompiledQuery query = compile(dialect, template, ParameterType.STR);
        PropertyCheck.forAll(600, random -> PropertyCheck.anyString(random, 40), value -> {
            Optional<String> rendered = render(query, value);
            if (rendered.isEmpty()) {
                assertThat(refusable(value, rules)).as("refused only for text the literal cannot hold").isTrue();
                return;
            }
            String text = rendered.get();
            assertThat(text).startsWith(PREFIX);
            Decoded decoded = decode(text, PREFIX.length(), rules);
            assertThat(decoded.value()).isEqualTo("x" + value + "y");
            assertThat(text.substring(decoded.end())).isEqualTo(SUFFIX);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void textWhereTheTemplateDoesNotQuoteIsOnlyEverAPlainTokenOrALiteral(Dialect dialect) {
        CompiledQuery query = compile(dialect, PREFIX + "{p}" + SUFFIX, ParameterType.STR);
        QuoteRule literal = dialect.bareTextQuote();
        PropertyCheck.forAll(600, QueryRenderer_InjectionPropertyTest::tokenish, value -> {
            Optional<String> rendered = render(query, value);
            if (literal != null) {
                // SQL: data text becomes one string literal, as a prepared statement would bind it.
                if (rendered.isEmpty()) {
                    assertThat(refusable(value, List.of(literal))).as("refused only for text the literal cannot hold")
                            .isTrue();
                    return;
                }
                Decoded decoded = decode(rendered.get(), PREFIX.length(), List.of(literal));
                assertThat(decoded.value()).isEqualTo(value);
                assertThat(rendered.get().substring(decoded.end())).isEqualTo(SUFFIX);
            } else if (rendered.isPresent()) {
                assertThat(value).matches("[\\p{L}\\p{N}_.:@*\\-]*").doesNotContain("--");
                assertThat(rendered.get()).isEqualTo(PREFIX + value + SUFFIX);
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void everyListItemStaysInsideItsOwnQuotes(Dialect dialect) {
        if (dialect == Dialect.CYBEREASON) {
            return;
        }
        CompiledQuery query = compile(dialect, PREFIX + "({p})" + SUFFIX, ParameterType.LIST);
        QuoteRule quote = dialect.listItemQuote();
        PropertyCheck.forAll(500, random -> {
            List<String> items = new ArrayList<>();
            int n = 1 + random.nextInt(4);
            for (int i = 0; i < n; i++) {
                items.add(PropertyCheck.anyString(random, 12));
            }
            return items;
        }, items -> {
            Optional<String> rendered = render(query, items);
            if (rendered.isEmpty()) {
                assertThat(items).anyMatch(item -> refusable(item, List.of(quote)));
                return;
            }
            String text = rendered.get();
            int at = PREFIX.length() + 1;
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    assertThat(text.substring(at)).startsWith(dialect.listSeparator());
                    at += dialect.listSeparator().length();
                }
                Decoded decoded = decode(text, at, List.of(quote));
                assertThat(decoded.value()).isEqualTo(items.get(i));
                at = decoded.end();
            }
            assertThat(text.substring(at)).isEqualTo(")" + SUFFIX);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void cybereasonJsonValuesRoundTrip(Dialect ignored) {
        if (ignored != Dialect.CYBEREASON) {
            return;
        }
        JsonTemplate template = JsonTemplate.parse("{\"a\": [\"{p}\"], \"b\": \"{q}\"}").orElseThrow();
        PropertyCheck.forAll(1000, random -> PropertyCheck.anyString(random, 30), value -> {
            String json = template.render(name -> name.equals("p") ? List.of(value) : value);
            try {
                var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
                assertThat(tree.get("a").get(0).textValue()).isEqualTo(value);
                assertThat(tree.get("b").textValue()).isEqualTo(value);
                assertThat(tree.size()).isEqualTo(2);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new AssertionError(json, e);
            }
        });
    }

    static Stream<Dialect> dialects() {
        return Stream.of(Dialect.values());
    }

    /** Mostly token characters, with the characters that would end a token or start code mixed in. */
    private static String tokenish(SplittableRandom random) {
        String chars = "abcXYZ019_.:@*-/'\"` |;(){}\\\n\t$#";
        StringBuilder out = new StringBuilder();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            out.append(random.nextInt(4) == 0 ? PropertyCheck.anyString(random, 1)
                    : String.valueOf(chars.charAt(random.nextInt(chars.length()))));
        }
        return out.toString();
    }

    private static Optional<String> render(CompiledQuery query, Object value) {
        try {
            return Optional.of(QueryRenderer.render(query, new ParameterBinder(new DateTimeValues(
                    (t, n) -> Optional.empty())), Map.of("p", value), Instant.EPOCH));
        } catch (QueryParameterException e) {
            return Optional.empty();
        }
    }

    private static boolean refusable(String value, List<QuoteRule> rules) {
        for (QuoteRule rule : rules) {
            switch (rule.escape()) {
                case BACKSLASH -> {
                    if (value.chars().anyMatch(c -> (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f)) {
                        return true;
                    }
                }
                case DOUBLING -> {
                    if (value.indexOf('\0') >= 0) {
                        return true;
                    }
                }
                case NONE -> {
                    if (("x" + value + "y").contains(rule.close())) {
                        return true;
                    }
                }
                case JSON -> { }
            }
        }
        return false;
    }

    private static CompiledQuery compile(Dialect dialect, String template, ParameterType type) {
        QueryDefinition definition = new QueryDefinition("Test", "F", "q", "d",
                List.of(new QueryParameter("p", type, "", null, List.of())), template, Map.of(), Path.of("t.yaml"), 1);
        return new CompiledQuery(definition, dialect, FormatTemplate.parse(template, dialect, w -> { }), null);
    }

    private static String opening(List<QuoteRule> rules) {
        StringBuilder out = new StringBuilder();
        rules.forEach(r -> out.append(r.open()));
        return out.toString();
    }

    private static String closing(List<QuoteRule> rules) {
        StringBuilder out = new StringBuilder();
        for (int i = rules.size() - 1; i >= 0; i--) {
            out.append(rules.get(i).close());
        }
        return out.toString();
    }

    record Decoded(String value, int end) {}

    /** Reads the literal(s) opening at {@code at} the way the query language reads them. */
    static Decoded decode(String text, int at, List<QuoteRule> rules) {
        QuoteRule outer = rules.get(0);
        Decoded first = decodeOne(text, at, outer);
        if (rules.size() == 1) {
            return first;
        }
        QuoteRule inner = rules.get(1);
        Decoded nested = decodeOne(first.value(), 0, inner);
        assertThat(nested.end()).as("inner literal ends with the outer one").isEqualTo(first.value().length());
        return new Decoded(nested.value(), first.end());
    }

    private static Decoded decodeOne(String text, int at, QuoteRule rule) {
        assertThat(text.startsWith(rule.open(), at)).as("literal opens at " + at + " in " + text).isTrue();
        int i = at + rule.open().length();
        StringBuilder value = new StringBuilder();
        while (i < text.length()) {
            if (text.startsWith(rule.close(), i)) {
                if (rule.escape() == Escape.DOUBLING && text.startsWith(rule.close(), i + rule.close().length())) {
                    value.append(rule.close());
                    i += 2 * rule.close().length();
                    continue;
                }
                return new Decoded(value.toString(), i + rule.close().length());
            }
            char c = text.charAt(i);
            if (c == '\\' && rule.backslashEscapes()) {
                char next = text.charAt(i + 1);
                switch (next) {
                    case 'n' -> value.append('\n');
                    case 'r' -> value.append('\r');
                    case 't' -> value.append('\t');
                    case 'u' -> {
                        value.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                        i += 4;
                    }
                    default -> value.append(next);
                }
                i += 2;
                continue;
            }
            assertThat(c < 0x20 && rule.escape() == Escape.JSON).as("raw control character in JSON").isFalse();
            value.append(c);
            i++;
        }
        throw new AssertionError("literal never closes in " + text);
    }
}
