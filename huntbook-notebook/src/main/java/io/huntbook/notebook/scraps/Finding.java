package io.huntbook.notebook.scraps;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a run found, read from its scraps (DESIGN.md §6.F): a run has a finding when it glued a truthy {@code finding}
 * scrap; {@code finding_title}, {@code finding_desc} and {@code severity} describe it when present.
 *
 * @param title the {@code finding_title} scrap, else the {@code finding} value when it is a string, else null
 * @param description the {@code finding_desc} scrap, or null
 * @param severity the {@code severity} scrap, or null
 */
public record Finding(@Nullable String title, @Nullable String description, @Nullable String severity) {
    /** The scrap whose truth decides whether a run found something. */
    public static final String SCRAP = "finding";
    private static final Set<String> FALSE_TEXT = Set.of("", "false", "no", "0");

    /** The finding of a run whose scraps are {@code report}, or empty when {@code finding} is absent or falsy. */
    public static Optional<Finding> of(ScrapReport report) {
        Optional<Scrap> flag = scrap(report, SCRAP);
        if (flag.isEmpty() || !truthy(flag.get().data())) {
            return Optional.empty();
        }
        JsonNode value = flag.get().data();
        String title = text(report, "finding_title");
        if (title == null && value != null && value.isTextual()) {
            title = value.asText();
        }
        return Optional.of(new Finding(title, text(report, "finding_desc"), text(report, "severity")));
    }

    /**
     * §6.F's truth: {@code true}, a non-zero number, a non-empty list or map, or a string other than {@code ""},
     * {@code "false"}, {@code "no"}, {@code "0"} (case-insensitive). Null and missing are false.
     */
    public static boolean truthy(@Nullable JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return false;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.doubleValue() != 0.0;
        }
        if (value.isTextual()) {
            return !FALSE_TEXT.contains(value.asText().strip().toLowerCase(Locale.ROOT));
        }
        return value.size() > 0;
    }

    private static Optional<Scrap> scrap(ScrapReport report, String name) {
        return report.scraps().stream().filter(s -> s.name().equals(name)).findFirst();
    }

    private static @Nullable String text(ScrapReport report, String name) {
        JsonNode data = scrap(report, name).map(Scrap::data).orElse(null);
        if (data == null || data.isNull()) {
            return null;
        }
        return data.isTextual() ? data.asText() : data.toString();
    }
}
