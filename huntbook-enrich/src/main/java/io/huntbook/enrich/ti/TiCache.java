package io.huntbook.enrich.ti;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.huntbook.core.Severity;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Answers already received, in memory and (when a folder is given) on disk, so they survive restarts. Each entry
 * carries the time it was stored and is fresh for its provider's TTL. Only answered lookups are cached; failures
 * never are. The disk form is one JSON-lines file per provider, appended to; the latest line of a key wins.
 */
final class TiCache {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private record Entry(TiVerdict verdict, long storedAtMillis) {}

    private final Cache<String, Entry> memory = Caffeine.newBuilder().maximumSize(1_000_000).build();
    private final @Nullable Path folder;
    private final Clock clock;
    private final Set<String> loadedProviders = new HashSet<>();

    TiCache(@Nullable Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    Optional<TiVerdict> get(TiProvider provider, TiQuery query) {
        loadFromDisk(provider.name());
        Entry entry = memory.getIfPresent(key(provider.name(), query));
        if (entry == null) {
            return Optional.empty();
        }
        boolean fresh = clock.millis() - entry.storedAtMillis() < provider.cacheTtl().toMillis();
        return fresh ? Optional.of(entry.verdict()) : Optional.empty();
    }

    void put(TiProvider provider, TiQuery query, TiVerdict verdict) {
        long now = clock.millis();
        String key = key(provider.name(), query);
        memory.put(key, new Entry(verdict, now));
        if (folder != null) {
            append(provider.name(), key, verdict, now);
        }
    }

    private static String key(String provider, TiQuery query) {
        return provider + "\u0000" + query.iocType() + "\u0000" + (query.subtype() == null ? "" : query.subtype())
                + "\u0000" + query.ioc();
    }

    private synchronized void append(String provider, String key, TiVerdict verdict, long now) {
        ObjectNode line = MAPPER.createObjectNode();
        line.put("key", key);
        line.put("at", now);
        line.put("found", verdict.found());
        line.put("severity", verdict.severity().toString());
        line.set("details", verdict.details());
        line.set("raw", verdict.rawResult());
        line.put("reference", verdict.reference());
        try {
            Files.createDirectories(folder);
            try (BufferedWriter out = Files.newBufferedWriter(file(provider), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                out.write(MAPPER.writeValueAsString(line));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the threat-intel cache in " + folder + ": " + e.getMessage(), e);
        }
    }

    private synchronized void loadFromDisk(String provider) {
        if (folder == null || !loadedProviders.add(provider)) {
            return;
        }
        Path file = file(provider);
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.forEach(text -> {
                try {
                    JsonNode line = MAPPER.readTree(text);
                    TiVerdict verdict = new TiVerdict(line.path("found").asBoolean(),
                            Severity.parse(line.path("severity").asText("unknown")), line.path("details"),
                            line.path("raw"), line.path("reference").isNull() ? null : line.path("reference").asText());
                    memory.put(line.path("key").asText(), new Entry(verdict, line.path("at").asLong()));
                } catch (IOException | RuntimeException e) {
                    // A torn last line after a crash: skip it; the lookup is simply made again.
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the threat-intel cache " + file + ": " + e.getMessage(), e);
        }
    }

    private Path file(String provider) {
        return folder.resolve(provider.replaceAll("[^A-Za-z0-9._-]", "_") + ".jsonl");
    }

}
