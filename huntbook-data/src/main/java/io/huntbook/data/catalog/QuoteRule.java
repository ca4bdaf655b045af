package io.huntbook.data.catalog;

import java.util.List;

/**
 * One kind of string literal of a query language: how it opens, how it closes, how its content is escaped, and
 * which literals may appear inside it (an RQL string inside a JSON string).
 */
record QuoteRule(String open, String close, Escape escape, List<QuoteRule> nested) {
    static QuoteRule of(char quote, Escape escape) {
        return new QuoteRule(String.valueOf(quote), String.valueOf(quote), escape, List.of());
    }

    static QuoteRule of(String open, String close, Escape escape) {
        return new QuoteRule(open, close, escape, List.of());
    }

    QuoteRule containing(QuoteRule... inner) {
        return new QuoteRule(open, close, escape, List.of(inner));
    }

    boolean backslashEscapes() {
        return escape == Escape.BACKSLASH || escape == Escape.JSON;
    }
}
