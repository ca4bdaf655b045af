package io.huntbook.runner;

import io.huntbook.core.BadInputException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Output-path templates (DESIGN.md §6.E): {@code {name}} is a parameter or a field ({@code template},
 * {@code identifier}, {@code run_id}), {@code {now:PATTERN}} the run's start in UTC through a
 * {@code DateTimeFormatter} pattern, {@code {pm[run_uuid]}} an alias of {@code {run_id}}. Values never add folders:
 * a slash or backslash in a value becomes {@code _}, so a parameter cannot steer the output elsewhere.
 */
public final class OutputPaths {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)\\}");

    private OutputPaths() {}

    /**
     * Expands {@code template}.
     *
     * @throws BadInputException for an unknown name or a bad date pattern
     */
    public static String expand(String template, Map<String, ?> fields, Instant now) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(value(matcher.group(1), fields, now)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String value(String name, Map<String, ?> fields, Instant now) {
        if (name.startsWith("now:")) {
            try {
                return DateTimeFormatter.ofPattern(name.substring(4)).withZone(ZoneOffset.UTC).format(now);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("output path: '{" + name + "}' is not a valid date pattern ("
                        + e.getMessage() + "); use DateTimeFormatter letters such as {now:yyyy-MM-dd}");
            }
        }
        String key = name.equals("pm[run_uuid]") ? "run_id" : name;
        if (!fields.containsKey(key)) {
            throw new BadInputException("output path: unknown name '{" + name + "}'; known: "
                    + new TreeSet<>(fields.keySet()) + ", {now:PATTERN} and {pm[run_uuid]}");
        }
        Object value = fields.get(key);
        return String.valueOf(value).replace('/', '_').replace('\\', '_');
    }

    /** Whether {@code path} holds any placeholder. */
    public static boolean isTemplate(String path) {
        return PLACEHOLDER.matcher(path).find();
    }
}
