package io.huntbook.data.sample;

import io.huntbook.core.table.JsonValues;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sample's local threat-intel list, in two forms: a CSV ({@code Ioc,IocType,Severity,Details,Reference,
 * FirstSeen,LastSeen}, MSTICPy's IoC type names) and a STIX 2.1 bundle of {@code indicator} objects with STIX
 * patterns, created by one {@code identity}.
 */
final class ThreatIntelFiles {
    private ThreatIntelFiles() {}

    static final String CSV = "indicators.csv";
    static final String STIX = "indicators.stix.json";
    private static final String IDENTITY = "identity--" + Organisation.uuidOf("identity-contoso-soc");

    static void write(Story story, Path folder) throws IOException {
        Files.createDirectories(folder);
        Instant created = story.anchor().minusDays(20).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
        Instant lastSeen = story.at(0, 0, 0);
        try (Writer out = Files.newBufferedWriter(folder.resolve(CSV), StandardCharsets.UTF_8)) {
            out.write("Ioc,IocType,Severity,Details,Reference,FirstSeen,LastSeen\r\n");
            for (Story.Indicator i : story.indicators()) {
                out.write(String.join(",", csv(i.ioc()), i.iocType(), i.severity(), csv(i.details()),
                        "https://intel.contoso.local/ioc/" + Organisation.uuidOf(i.ioc()),
                        JsonValues.timestamp(i.firstSeen()), JsonValues.timestamp(lastSeen)) + "\r\n");
            }
        }
        List<Object> objects = new ArrayList<>();
        objects.add(Json.obj("type", "identity", "spec_version", "2.1", "id", IDENTITY,
                "created", JsonValues.timestamp(created), "modified", JsonValues.timestamp(created),
                "name", "Contoso SOC", "identity_class", "organization"));
        for (Story.Indicator i : story.indicators()) {
            String id = "indicator--" + Organisation.uuidOf("indicator-" + i.ioc());
            objects.add(Json.obj("type", "indicator", "spec_version", "2.1", "id", id, "created_by_ref", IDENTITY,
                    "created", JsonValues.timestamp(created), "modified", JsonValues.timestamp(created),
                    "name", i.ioc(), "description", i.details(),
                    "indicator_types", List.of(i.severity().equals("low") ? "anomalous-activity" : "malicious-activity"),
                    "pattern", pattern(i), "pattern_type", "stix", "pattern_version", "2.1",
                    "valid_from", JsonValues.timestamp(i.firstSeen()),
                    "confidence", switch (i.severity()) {
                        case "high" -> 85;
                        case "medium" -> 60;
                        default -> 30;
                    },
                    "labels", List.of("severity:" + i.severity().toLowerCase(Locale.ROOT))));
        }
        Map<String, Object> bundle = Json.obj("type", "bundle", "id", "bundle--" + Organisation.uuidOf("bundle-"
                + story.anchor()), "objects", objects);
        Files.writeString(folder.resolve(STIX), Json.MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsString(bundle) + "\n", StandardCharsets.UTF_8);
    }

    /** The STIX 2.1 pattern of an indicator; quotes and backslashes in the value are escaped as STIX requires. */
    static String pattern(Story.Indicator i) {
        String value = "'" + i.ioc().replace("\\", "\\\\").replace("'", "\\'") + "'";
        return switch (i.iocType()) {
            case "ipv4" -> "[ipv4-addr:value = " + value + "]";
            case "dns" -> "[domain-name:value = " + value + "]";
            case "url" -> "[url:value = " + value + "]";
            case "sha256_hash" -> "[file:hashes.'SHA-256' = " + value + "]";
            default -> throw new IllegalArgumentException("no STIX pattern for " + i.iocType());
        };
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
