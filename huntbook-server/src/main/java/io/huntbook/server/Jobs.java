package io.huntbook.server;

import io.huntbook.core.BadInputException;
import io.huntbook.notebook.params.YamlParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads job documents (DESIGN.md §6.E), YAML or JSON, by papermill's YAML 1.1 rules (§6.C):
 * {@code {template | notebook, parameters, identifier, output, idempotencyKey}}, or the BlueTeamCon shape
 * {@code {exec: {notebook, identifier}, papermill: {...}}} where {@code papermill} holds the parameters (directly or
 * under {@code parameters}). Anything else is refused with a message that says what is wrong.
 */
public final class Jobs {
    private static final Set<String> KEYS = Set.of("template", "notebook", "parameters", "identifier", "output",
            "idempotencyKey", "exec", "papermill");

    private Jobs() {}

    public static Job parse(String text, String origin) {
        Map<String, @Nullable Object> document = YamlParameters.parse(text, origin);
        if (document.isEmpty()) {
            throw new BadInputException(origin + " is empty: a job needs at least 'template'");
        }
        for (String key : document.keySet()) {
            if (!KEYS.contains(key)) {
                throw new BadInputException(origin + ": unknown field '" + key + "'; a job has template (or notebook),"
                        + " parameters, identifier, output and idempotencyKey");
            }
        }
        Map<String, @Nullable Object> exec = map(document.get("exec"), origin, "exec");
        String template = text(document.get("template"), origin, "template");
        if (template == null) {
            template = text(document.get("notebook"), origin, "notebook");
        }
        if (template == null) {
            template = text(exec.get("notebook"), origin, "exec.notebook");
        }
        if (template == null || template.isBlank()) {
            throw new BadInputException(origin + ": the job names no template: add 'template: NAME'");
        }
        Map<String, @Nullable Object> parameters = new LinkedHashMap<>(map(document.get("parameters"), origin,
                "parameters"));
        Map<String, @Nullable Object> papermill = map(document.get("papermill"), origin, "papermill");
        if (papermill.containsKey("parameters")) {
            parameters.putAll(map(papermill.get("parameters"), origin, "papermill.parameters"));
        } else {
            parameters.putAll(papermill);
        }
        String identifier = text(document.get("identifier"), origin, "identifier");
        if (identifier == null) {
            identifier = text(exec.get("identifier"), origin, "exec.identifier");
        }
        return new Job(template, parameters, identifier, text(document.get("output"), origin, "output"),
                text(document.get("idempotencyKey"), origin, "idempotencyKey"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, @Nullable Object> map(@Nullable Object value, String origin, String field) {
        if (value == null) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> map) {
            return (Map<String, @Nullable Object>) map;
        }
        throw new BadInputException(origin + ": '" + field + "' must be a mapping of name: value, not "
                + describe(value));
    }

    private static @Nullable String text(@Nullable Object value, String origin, String field) {
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw new BadInputException(origin + ": '" + field + "' must be text, not " + describe(value));
        }
        return value.toString();
    }

    private static String describe(Object value) {
        return value instanceof Map<?, ?> ? "a mapping" : value instanceof List<?> ? "a list" : "'" + value + "'";
    }
}
