package io.huntbook.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.core.HuntbookException;
import io.huntbook.core.io.AtomicFiles;
import io.huntbook.notebook.scraps.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The demo's local incident store: one JSON object per line ({@code id, title, severity, template, identifier,
 * output, report, created}), one incident per template and identifier. A later finding for the same pair returns the
 * open incident instead of opening another. Each change rewrites the file atomically, so a crash never leaves half a
 * line. (The server's ledger-backed store of issue 16 replaces this; the fields are the same.)
 */
final class LocalIncidents {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;

    /** An incident and whether this call opened it. */
    record Recorded(String id, boolean opened) {}

    LocalIncidents(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** Opens an incident for {@code finding}, or returns the one already open for the same template and identifier. */
    synchronized Recorded record(String template, String identifier, Finding finding, Path output,
                                 @Nullable Path report) {
        List<JsonNode> all = readAll();
        Optional<JsonNode> existing = all.stream()
                .filter(i -> i.path("template").asText().equals(template)
                        && i.path("identifier").asText().equals(identifier))
                .findFirst();
        if (existing.isPresent()) {
            return new Recorded(existing.get().path("id").asText(), false);
        }
        ObjectNode incident = JSON.createObjectNode();
        String id = UUID.randomUUID().toString();
        incident.put("id", id);
        incident.put("title", finding.title() != null ? finding.title() : template + " found something for " + identifier);
        incident.put("description", finding.description());
        incident.put("severity", finding.severity());
        incident.put("template", template);
        incident.put("identifier", identifier);
        incident.put("output", output.toString());
        incident.put("report", report == null ? null : report.toString());
        incident.put("created", Instant.now().toString());
        all.add(incident);
        StringBuilder text = new StringBuilder();
        for (JsonNode line : all) {
            text.append(line).append('\n');
        }
        AtomicFiles.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
        return new Recorded(id, true);
    }

    /** Every incident in the store, oldest first. */
    List<JsonNode> readAll() {
        List<JsonNode> incidents = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return incidents;
        }
        try {
            int number = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                number++;
                if (!line.isBlank()) {
                    try {
                        incidents.add(JSON.readTree(line));
                    } catch (IOException e) {
                        throw new HuntbookException(file + ":" + number + ": not a JSON incident (" + e.getMessage()
                                + "); fix or remove the line");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the incident store " + file + ": " + e.getMessage(), e);
        }
        return incidents;
    }
}
