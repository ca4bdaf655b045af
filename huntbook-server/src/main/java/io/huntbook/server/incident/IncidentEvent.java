package io.huntbook.server.incident;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a sink is told about one finding.
 *
 * @param dedupKey what makes two findings "the same" ({@link #dedupKey(String, String)}: template and identifier)
 * @param template the template that ran
 * @param identifier the run's identifier, as given (not the path-safe form)
 * @param runId the run
 * @param title the {@code finding_title} scrap, or a title made from the template and identifier
 * @param description the {@code finding_desc} scrap, or null
 * @param severity the {@code severity} scrap as glued, or null
 * @param firstActivity when the run started
 * @param output the output notebook
 * @param report the HTML report, or null
 * @param findingCopy the copy in the findings folder, or null
 * @param labels labels for the incident system (the template, and any configured ones)
 */
public record IncidentEvent(String dedupKey, String template, String identifier, String runId, String title,
                            @Nullable String description, @Nullable String severity, Instant firstActivity,
                            URI output, @Nullable URI report, @Nullable URI findingCopy, List<String> labels) {
    public IncidentEvent {
        Objects.requireNonNull(dedupKey, "dedupKey");
        Objects.requireNonNull(title, "title");
        labels = List.copyOf(labels);
    }

    /**
     * The deduplication key of a template and identifier: a SHA-256 (hex) of both, so it has a fixed length whatever
     * the identifier and two pairs never collide by concatenation.
     */
    public static String dedupKey(String template, String identifier) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(template.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(identifier.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The description with the report's location, as incident systems show it. */
    public String descriptionWithLinks() {
        StringBuilder text = new StringBuilder(description == null ? title : description);
        text.append("\n\nTemplate: ").append(template).append("; identifier: ").append(identifier)
                .append("; run: ").append(runId);
        if (report != null) {
            text.append("\nReport: ").append(report);
        }
        text.append("\nNotebook: ").append(findingCopy != null ? findingCopy : output);
        return text.toString();
    }
}
