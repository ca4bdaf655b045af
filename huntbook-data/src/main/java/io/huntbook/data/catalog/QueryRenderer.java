package io.huntbook.data.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Writes bound parameter values into a compiled query. Each value is written for the exact place it lands in:
 * inside a string literal it is escaped for that literal (and for every literal around it), so it cannot end the
 * string; where the query has it unquoted, data text must be one plain token, because there it would be code.
 */
final class QueryRenderer {
    /** What may stand unquoted in a query: names, numbers, GUIDs, addresses, wildcards. No quotes, spaces, pipes. */
    private static final Pattern PLAIN_TOKEN = Pattern.compile("[\\p{L}\\p{N}_.:@*\\-]*");

    private QueryRenderer() {}

    static String render(CompiledQuery query, Map<String, ParamValue> values) {
        JsonTemplate json = query.json();
        if (json != null) {
            return json.render(name -> jsonValue(values.get(name), query.dialect()));
        }
        FormatTemplate format = query.format();
        if (format == null) {
            throw new IllegalStateException("query " + query.definition().name() + " has no template");
        }
        return format.render(new FormatTemplate.Slot() {
            @Override
            public String text(String parameter, List<QuoteRule> context) {
                return QueryRenderer.text(query, parameter, values.get(parameter), context);
            }

            @Override
            public boolean isData(String parameter) {
                ParamValue value = values.get(parameter);
                return !(value instanceof ParamValue.Code || value instanceof ParamValue.Fragment);
            }
        });
    }

    private static @Nullable Object jsonValue(@Nullable ParamValue value, Dialect dialect) {
        return switch (value) {
            case null -> null;
            case ParamValue.Code code -> code.text();
            case ParamValue.Fragment fragment -> fragment.text();
            case ParamValue.Text text -> text.text();
            case ParamValue.Int i -> i.value();
            case ParamValue.Real r -> r.value();
            case ParamValue.DateTime t -> Long.parseLong(dialect.dateTimeText(t.value()));
            case ParamValue.Items items -> items.items();
        };
    }

    private static String text(CompiledQuery query, String name, @Nullable ParamValue value, List<QuoteRule> context) {
        Dialect dialect = query.dialect();
        if (value == null) {
            throw new IllegalStateException("parameter " + name + " of " + query.definition().name() + " is unbound");
        }
        String raw = switch (value) {
            case ParamValue.Code code -> code.text();
            case ParamValue.Fragment fragment -> {
                if (context.isEmpty()) {
                    checkBalanced(query, name, fragment.text());
                }
                yield fragment.text();
            }
            case ParamValue.Text text -> {
                QuoteRule literal = dialect.bareTextQuote();
                if (context.isEmpty() && literal != null) {
                    yield literal.open() + escape(query, name, text.text(), List.of(literal)) + literal.close();
                }
                if (context.isEmpty() && (!PLAIN_TOKEN.matcher(text.text()).matches()
                        || text.text().contains("--"))) {
                    throw refused(query, name, "the value \"" + abbreviate(text.text()) + "\" would be inserted into"
                            + " the query as code (the query does not quote this parameter), and only a plain name,"
                            + " number or * may stand there; pass query text on purpose as a fragment"
                            + " (QueryFragment.of(...), or --fragment " + name + " TEXT on the command line)");
                }
                yield text.text();
            }
            case ParamValue.Int i -> Long.toString(i.value());
            case ParamValue.Real r -> ParameterBinder.pythonFloat(r.value());
            case ParamValue.DateTime t -> context.isEmpty() ? dialect.dateTimeLiteral(t.value())
                    : dialect.dateTimeText(t.value());
            case ParamValue.Items items -> list(query, name, items.items());
        };
        if (context.isEmpty() || value instanceof ParamValue.Code || value instanceof ParamValue.Fragment) {
            return raw;
        }
        return escape(query, name, raw, context);
    }

    /** Escapes for the innermost literal first, then for each enclosing one. */
    private static String escape(CompiledQuery query, String name, String text, List<QuoteRule> context) {
        String out = text;
        for (int level = context.size() - 1; level >= 0; level--) {
            QuoteRule rule = context.get(level);
            Escape.Result result = rule.escape().escape(out, rule.close());
            if (result.refusal().isPresent()) {
                throw refused(query, name, "the value cannot be put inside the query's " + rule.open() + "..."
                        + rule.close() + " string: " + result.refusal().get());
            }
            out = result.text();
        }
        return out;
    }

    /** The driver's list formatter: text items quoted (and escaped), numbers as they are, joined. */
    private static String list(CompiledQuery query, String name, List<Object> items) {
        Dialect dialect = query.dialect();
        QuoteRule quote = dialect.listItemQuote();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(dialect.listSeparator());
            }
            Object item = items.get(i);
            if (item instanceof String s) {
                out.append(quote.open()).append(escape(query, name, s, List.of(quote))).append(quote.close());
            } else {
                out.append(ParameterBinder.pythonStr(item));
            }
        }
        return out.toString();
    }

    /** A fragment must leave the query where it found it: every string it opens, it closes. */
    private static void checkBalanced(CompiledQuery query, String name, String fragment) {
        List<List<QuoteRule>> after = FormatTemplate.contexts(fragment, new int[] {fragment.length()},
                query.dialect());
        if (!after.get(0).isEmpty()) {
            throw refused(query, name, "the query text \"" + abbreviate(fragment) + "\" opens a "
                    + after.get(0).get(0).open() + " string that it does not close");
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }

    private static QueryParameterException refused(CompiledQuery query, String name, String why) {
        return new QueryParameterException("parameter '" + name + "' of " + query.definition().name() + ": " + why);
    }

    static String render(CompiledQuery query, ParameterBinder binder, Map<String, ?> params, Instant now) {
        return render(query, binder.bind(query.definition(), params, now));
    }
}
