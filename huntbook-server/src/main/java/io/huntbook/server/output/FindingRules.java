package io.huntbook.server.output;

import com.fasterxml.jackson.databind.JsonNode;
import io.huntbook.notebook.scraps.Finding;
import io.huntbook.notebook.scraps.Scrap;
import io.huntbook.notebook.scraps.ScrapReport;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which scraps make a finding (DESIGN.md §6.F): a run has one when any of the {@code flags} scraps is truthy
 * ({@link Finding#truthy}); {@code title}, {@code description} and {@code severity} name the scraps that describe it.
 * The defaults are {@code finding}, {@code finding_title}, {@code finding_desc} and {@code severity}.
 */
public record FindingRules(List<String> flags, String title, String description, String severity) {
    public FindingRules {
        flags = List.copyOf(flags);
        if (flags.isEmpty() || flags.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("finding scraps: name at least one scrap, e.g. [finding]");
        }
    }

    public static FindingRules defaults() {
        return new FindingRules(List.of(Finding.SCRAP), "finding_title", "finding_desc", "severity");
    }

    /** The finding of a run whose scraps are {@code scraps}, or empty when no flag scrap is truthy. */
    public Optional<Finding> find(ScrapReport scraps) {
        for (String flag : flags) {
            JsonNode value = data(scraps, flag);
            if (Finding.truthy(value)) {
                String titleText = text(scraps, title);
                if (titleText == null && value != null && value.isTextual()) {
                    titleText = value.asText();
                }
                return Optional.of(new Finding(titleText, text(scraps, description), text(scraps, severity)));
            }
        }
        return Optional.empty();
    }

    private static @Nullable JsonNode data(ScrapReport scraps, String name) {
        return scraps.scraps().stream().filter(s -> s.name().equals(name)).findFirst().map(Scrap::data).orElse(null);
    }

    private static @Nullable String text(ScrapReport scraps, String name) {
        JsonNode data = data(scraps, name);
        if (data == null || data.isNull() || data.isMissingNode()) {
            return null;
        }
        return data.isTextual() ? data.asText() : data.toString();
    }
}
