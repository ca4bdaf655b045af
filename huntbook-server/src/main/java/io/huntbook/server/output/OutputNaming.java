package io.huntbook.server.output;

import io.huntbook.core.BadInputException;
import io.huntbook.runner.OutputPaths;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The output-name template of DESIGN.md §6.E ({@code {template}}, {@code {identifier}}, {@code {run_id}}, parameters,
 * {@code {now:PATTERN}} in UTC). Every value is made one safe path segment ({@link SafeNames}) before it is put in,
 * so no identifier or parameter can add a folder or climb out of the output root; the template itself is checked
 * once, when it is configured.
 */
public record OutputNaming(String template) {
    /** The server's default: {@code {now:yyyy}/{now:MM}/{now:dd}/{template}-{identifier}-{run_id}.ipynb}. */
    public static final String DEFAULT_TEMPLATE = "{now:yyyy}/{now:MM}/{now:dd}/{template}-{identifier}-{run_id}.ipynb";

    public OutputNaming {
        String probe = template.replaceAll("\\{[^{}]*\\}", "x");
        if (template.isBlank() || probe.startsWith("/") || probe.startsWith("\\") || probe.matches("^[A-Za-z]:.*")) {
            throw new BadInputException("output naming '" + template + "' must be a relative path such as "
                    + DEFAULT_TEMPLATE);
        }
        for (String segment : probe.split("[/\\\\]", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new BadInputException("output naming '" + template + "' has an empty, '.' or '..' folder;"
                        + " write folders and placeholders only, e.g. " + DEFAULT_TEMPLATE);
            }
        }
    }

    /** The default naming. */
    public static OutputNaming defaults() {
        return new OutputNaming(DEFAULT_TEMPLATE);
    }

    /**
     * The output name of one run, '/'-separated and relative to the output root.
     *
     * @throws BadInputException when the template names something that is neither a field nor a parameter
     */
    public String name(String templateName, String identifier, String runId, Map<String, ?> parameters,
                       Instant now) {
        Map<String, Object> fields = new LinkedHashMap<>();
        parameters.forEach((key, value) -> fields.put(key, SafeNames.segment(String.valueOf(value))));
        fields.put("template", SafeNames.segment(templateName));
        fields.put("identifier", SafeNames.segment(identifier));
        fields.put("run_id", SafeNames.segment(runId));
        String name = OutputPaths.expand(template, fields, now).replace('\\', '/');
        for (String segment : name.split("/", -1)) {
            // A {now:...} pattern can still print text; the same rules hold for what it printed.
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                throw new BadInputException("output naming '" + template + "' gave '" + name
                        + "', which has an empty, '.' or '..' folder");
            }
        }
        return name;
    }
}
