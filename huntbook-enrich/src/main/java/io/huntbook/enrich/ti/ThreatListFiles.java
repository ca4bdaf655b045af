package io.huntbook.enrich.ti;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.huntbook.core.BadInputException;
import io.huntbook.core.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads local threat lists: CSV with a header ({@code Ioc}, optional {@code IocType}, {@code Severity},
 * {@code Description} (or {@code Details}), {@code Reference}, {@code Source}; names case-insensitive), JSON (an array or JSON lines of
 * objects with the same keys) and STIX 2.1 bundles (their {@code indicator} objects).
 */
public final class ThreatListFiles {
    private ThreatListFiles() {}

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A STIX comparison {@code object-type:property = 'value'}; the value's escaped quotes are kept whole. */
    private static final Pattern STIX_COMPARISON =
            Pattern.compile("([a-z0-9-]+):([A-Za-z0-9_.'-]+)\\s*=\\s*'((?:[^'\\\\]|\\\\.)*)'");

    /** Reads a list, choosing the format from the extension, and the STIX form from the JSON's content. */
    public static List<ThreatListEntry> read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".csv") || name.endsWith(".tsv")) {
                return readCsv(file, name.endsWith(".tsv") ? '\t' : ',');
            }
            if (name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
                return readJson(file);
            }
        } catch (NoSuchFileException e) {
            throw new BadInputException("threat list " + file + " does not exist: fix its path in TIProviders");
        } catch (IOException e) {
            throw new BadInputException("threat list " + file + " cannot be read: " + e.getMessage().lines().findFirst().orElse(""));
        }
        throw new BadInputException("threat list " + file + " has an unknown format: use .csv, .tsv, .json, .jsonl or a"
                + " STIX 2.1 bundle (.json)");
    }

    private static List<ThreatListEntry> readCsv(Path file, char separator) throws IOException {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.TRIM_SPACES);
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separator);
        List<ThreatListEntry> entries = new ArrayList<>();
        String text = Files.readString(file);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        try (MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class).with(schema).readValues(text)) {
            int line = 1;
            while (rows.hasNext()) {
                line++;
                entries.add(entry(rows.next(), file, line));
            }
        }
        return entries;
    }

    private static List<ThreatListEntry> readJson(Path file) throws IOException {
        String text = Files.readString(file).strip();
        List<JsonNode> objects = new ArrayList<>();
        if (text.startsWith("[")) {
            JSON.readTree(text).forEach(objects::add);
        } else {
            JsonNode whole = wholeDocument(text);
            if (whole != null && "bundle".equals(whole.path("type").asText())) {
                return readStix(whole, file);
            }
            try (MappingIterator<JsonNode> lines = JSON.readerFor(JsonNode.class).readValues(text)) {
                lines.forEachRemaining(objects::add);
            }
        }
        List<ThreatListEntry> entries = new ArrayList<>();
        int index = 0;
        for (JsonNode object : objects) {
            index++;
            Map<String, String> row = new java.util.LinkedHashMap<>();
            object.fields().forEachRemaining(e -> row.put(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText()));
            entries.add(entry(row, file, index));
        }
        return entries;
    }

    /** The text as one JSON document, or null when it is several (JSON lines). */
    private static @Nullable JsonNode wholeDocument(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    private static List<ThreatListEntry> readStix(JsonNode bundle, Path file) {
        List<ThreatListEntry> entries = new ArrayList<>();
        for (JsonNode object : bundle.path("objects")) {
            if (!"indicator".equals(object.path("type").asText())) {
                continue;
            }
            String pattern = object.path("pattern").asText("");
            Matcher m = STIX_COMPARISON.matcher(pattern);
            Severity severity = stixSeverity(object);
            String description = text(object, "description");
            if (description == null) {
                description = text(object, "name");
            }
            String reference = object.path("external_references").path(0).path("url").asText(null);
            while (m.find()) {
                String type = stixType(m.group(1), m.group(2));
                if (type != null) {
                    String value = m.group(3).replace("\\'", "'").replace("\\\\", "\\");
                    entries.add(new ThreatListEntry(value, type, severity, description, reference, text(object, "id")));
                }
            }
        }
        if (entries.isEmpty() && bundle.path("objects").isEmpty()) {
            throw new BadInputException("STIX bundle " + file + " has no objects");
        }
        return entries;
    }

    private static @Nullable String stixType(String objectType, String property) {
        return switch (objectType) {
            case "ipv4-addr" -> "ipv4";
            case "ipv6-addr" -> "ipv6";
            case "domain-name" -> "dns";
            case "url" -> "url";
            case "email-addr" -> "email";
            case "file" -> {
                String p = property.toUpperCase(Locale.ROOT);
                if (p.contains("SHA-256") || p.contains("SHA256")) {
                    yield "sha256_hash";
                }
                if (p.contains("SHA-1") || p.contains("SHA1")) {
                    yield "sha1_hash";
                }
                if (p.contains("MD5")) {
                    yield "md5_hash";
                }
                if (p.contains("SHA-512") || p.contains("SHA512")) {
                    yield "sha512_hash";
                }
                yield null;
            }
            default -> null;
        };
    }

    /** STIX indicator types to severities: malicious activity is high, anomalous activity a warning, benign information. */
    private static Severity stixSeverity(JsonNode indicator) {
        Severity severity = Severity.WARNING;
        for (JsonNode type : indicator.path("indicator_types")) {
            switch (type.asText()) {
                case "malicious-activity", "compromised", "attribution" -> severity = Severity.HIGH;
                case "benign" -> severity = severity == Severity.WARNING ? Severity.INFORMATION : severity;
                default -> { }
            }
        }
        return severity;
    }

    private static ThreatListEntry entry(Map<String, String> row, Path file, int line) {
        Map<String, String> lower = new java.util.HashMap<>();
        row.forEach((k, v) -> lower.put(k.trim().toLowerCase(Locale.ROOT), v));
        String ioc = lower.get("ioc");
        if (ioc == null) {
            ioc = lower.get("observable");
        }
        if (ioc == null || ioc.isBlank()) {
            throw new BadInputException(file + ":" + line + ": no Ioc value: a threat list needs an Ioc (or Observable)"
                    + " column; it has " + row.keySet());
        }
        String severity = blankToNull(lower.get("severity"));
        Severity parsed = severity == null ? Severity.HIGH : Severity.parse(synonym(severity));
        if (parsed == Severity.UNKNOWN && severity != null && !severity.strip().equalsIgnoreCase("unknown")) {
            throw new BadInputException(file + ":" + line + ": unknown severity '" + severity
                    + "': use information, warning, high or unknown (or low, medium, critical)");
        }
        String type = blankToNull(lower.get("ioctype"));
        return new ThreatListEntry(ioc.trim(), type == null ? null : type.toLowerCase(Locale.ROOT), parsed,
                description(lower), blankToNull(lower.get("reference")), blankToNull(lower.get("source")));
    }

    /** Threat lists grade with low/medium/critical or malicious/suspicious/benign; MSTICPy's severities have three levels. */
    private static String synonym(String severity) {
        return switch (severity.strip().toLowerCase(Locale.ROOT)) {
            case "critical", "malicious" -> "high";
            case "medium", "moderate", "suspicious" -> "warning";
            case "low", "benign" -> "information";
            default -> severity;
        };
    }

    /** {@code Description}, or {@code Details} as some exports name it. */
    private static @Nullable String description(Map<String, String> lower) {
        String d = blankToNull(lower.get("description"));
        return d != null ? d : blankToNull(lower.get("details"));
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

}
