package io.huntbook.data.catalog;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns the values a caller gives (and the query's defaults) into typed {@link ParamValue}s, with MSTICPy's rules:
 * aliases resolve to their parameter, supplied values win over defaults, a missing {@code start}/{@code end} falls
 * back to MSTICPy's default query window (now − 1 day to now + 1 day), any other missing required parameter is an
 * error that names it.
 */
final class ParameterBinder {
    /** MSTICPy's {@code QueryTime(units="day")}: one day before and one day after now. */
    static final Duration DEFAULT_WINDOW = Duration.ofDays(1);

    private static final Pattern LIST_SPLIT = Pattern.compile(",");

    private final DateTimeValues dates;

    ParameterBinder(DateTimeValues dates) {
        this.dates = dates;
    }

    /** The value of every parameter of {@code query}, by name. */
    Map<String, ParamValue> bind(QueryDefinition query, Map<String, ?> supplied, Instant now) {
        Map<String, Object> given = new LinkedHashMap<>();
        supplied.forEach((key, value) -> {
            if (value != null) {
                String name = query.parameter(key).map(QueryParameter::name).orElse(key);
                given.put(name, value);
            }
        });
        Map<String, ParamValue> out = new LinkedHashMap<>();
        List<QueryParameter> missing = new ArrayList<>();
        for (QueryParameter p : query.parameters()) {
            Object value = given.get(p.name());
            boolean fromDefault = value == null;
            if (value == null) {
                value = p.defaultValue();
            }
            if (value == null && p.name().equals("start")) {
                value = now.minus(DEFAULT_WINDOW);
            } else if (value == null && p.name().equals("end")) {
                value = now.plus(DEFAULT_WINDOW);
            }
            if (value == null) {
                missing.add(p);
                continue;
            }
            out.put(p.name(), coerce(query, p, value, fromDefault, now));
        }
        if (!missing.isEmpty()) {
            StringBuilder names = new StringBuilder();
            for (QueryParameter p : missing) {
                if (!names.isEmpty()) {
                    names.append(", ");
                }
                names.append(p.name()).append(" (").append(p.type());
                if (!p.description().isBlank()) {
                    names.append(": ").append(p.description().strip());
                }
                names.append(')');
            }
            throw new QueryParameterException("query " + query.name() + " (" + query.environment()
                    + ") needs the required parameter" + (missing.size() > 1 ? "s " : " ") + names
                    + "; pass " + (missing.size() > 1 ? "them" : "it") + " with -p NAME VALUE");
        }
        return out;
    }

    private ParamValue coerce(QueryDefinition query, QueryParameter p, Object value, boolean fromDefault,
                              Instant now) {
        if (value instanceof QueryFragment fragment && p.type() != ParameterType.DATETIME) {
            return new ParamValue.Fragment(fragment.text());
        }
        return switch (p.type()) {
            case STR -> fromDefault ? new ParamValue.Code(pythonStr(value)) : new ParamValue.Text(pythonStr(value));
            case INT -> new ParamValue.Int(toLong(query, p, value));
            case FLOAT -> new ParamValue.Real(toDouble(query, p, value));
            case DATETIME -> new ParamValue.DateTime(dates.toInstant(value, now).orElseThrow(() ->
                    bad(query, p, value, "cannot parse " + quoted(value) + " as a datetime; use " + DateTimeValues.FORMS)));
            case LIST -> new ParamValue.Items(items(value));
        };
    }

    /** MSTICPy's {@code _parse_param_list}: a list as it is, text split at commas, anything else a list of one. */
    static List<Object> items(Object value) {
        List<Object> out = new ArrayList<>();
        if (value instanceof Collection<?> collection) {
            collection.forEach(item -> out.add(item(item)));
        } else if (value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                out.add(item(Array.get(value, i)));
            }
        } else if (value instanceof String text && text.contains(",")) {
            for (String part : LIST_SPLIT.split(text, -1)) {
                out.add(part.strip());
            }
        } else {
            out.add(item(value));
        }
        return out;
    }

    private static Object item(@Nullable Object value) {
        return switch (value) {
            case null -> "None";
            case String s -> s;
            case Boolean b -> b;
            case Double d -> d;
            case Float f -> (double) f;
            case BigDecimal d -> d.doubleValue();
            case Number n -> n.longValue();
            default -> value.toString();
        };
    }

    private static long toLong(QueryDefinition query, QueryParameter p, Object value) {
        if (value instanceof Number n && (n instanceof Long || n instanceof Integer || n instanceof Short
                || n instanceof Byte || n.doubleValue() == Math.rint(n.doubleValue()))) {
            return n.longValue();
        }
        try {
            return Long.parseLong(value.toString().strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw bad(query, p, value, quoted(value) + " is not a whole number");
        }
    }

    private static double toDouble(QueryDefinition query, QueryParameter p, Object value) {
        double d;
        if (value instanceof Number n) {
            d = n.doubleValue();
        } else {
            try {
                d = Double.parseDouble(value.toString().strip());
            } catch (NumberFormatException e) {
                throw bad(query, p, value, quoted(value) + " is not a number");
            }
        }
        if (!Double.isFinite(d)) {
            throw bad(query, p, value, "it must be a finite number");
        }
        return d;
    }

    /** Python's {@code str()} of a YAML or Java value, as MSTICPy's {@code str.format} writes it. */
    static String pythonStr(Object value) {
        return switch (value) {
            case Boolean b -> b ? "True" : "False";
            case Double d -> pythonFloat(d);
            case Float f -> pythonFloat(f);
            case List<?> list -> {
                StringBuilder out = new StringBuilder("[");
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    Object item = list.get(i);
                    out.append(item instanceof String s ? "'" + s + "'" : item == null ? "None" : pythonStr(item));
                }
                yield out.append(']').toString();
            }
            default -> value.toString();
        };
    }

    static String pythonFloat(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e16) {
            return BigDecimal.valueOf(d).toBigInteger() + ".0";
        }
        if (Math.abs(d) >= 1e-4 && Math.abs(d) < 1e16) {
            return BigDecimal.valueOf(d).toPlainString();
        }
        String java = Double.toString(d);
        int e = java.indexOf('E');
        String mantissa = java.substring(0, e).replaceAll("\\.0$", "");
        int exponent = Integer.parseInt(java.substring(e + 1));
        return mantissa + "e" + (exponent < 0 ? "-" : "+") + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
    }

    static Optional<String> typeOf(@Nullable Object value) {
        return value == null ? Optional.empty() : Optional.of(value.getClass().getSimpleName());
    }

    private static String quoted(Object value) {
        return "\"" + value + "\"";
    }

    static QueryParameterException bad(QueryDefinition query, QueryParameter p, Object value, String why) {
        return new QueryParameterException("parameter '" + p.name() + "' of " + query.name() + ": " + why);
    }
}
