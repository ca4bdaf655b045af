package io.huntbook.kernel.magic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.core.io.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Pinned {@code %maven} resolutions: what one {@code %maven} line resolved to (exact versions, jar paths and their
 * SHA-256), kept as a small JSON file named after the line's coordinates. A pin is reused as long as every jar is
 * still there with the same bytes, so a run validated today runs against the same jars tomorrow, whatever the
 * repositories publish meanwhile (version ranges, {@code -SNAPSHOT}s).
 */
public final class MavenPins {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MagicOptions options;

    private MavenPins(MagicOptions options) {
        this.options = options;
    }

    public static MavenPins of(MagicOptions options) {
        return new MavenPins(options);
    }

    /**
     * Pins every {@code %maven} line of {@code cells} (and of the files they {@code %load}), resolving those not
     * pinned yet: the step of an unattended run's validation.
     *
     * @param workingDirectory where relative {@code %load} paths start
     * @return the jars of every line, in order
     * @throws MagicException when a line cannot be resolved
     */
    public List<ResolvedArtifact> pinAll(List<String> cells, Path workingDirectory) {
        List<ResolvedArtifact> all = new ArrayList<>();
        for (String cell : cells) {
            for (List<String> request : CellMagics.mavenRequests(cell, workingDirectory)) {
                all.addAll(pinned(request).orElseGet(() -> resolveAndPin(request)));
            }
        }
        return all;
    }

    /** The pinned resolution of {@code coordinates}, when there is one and its jars are unchanged. */
    public Optional<List<ResolvedArtifact>> pinned(List<String> coordinates) {
        Path file = file(coordinates);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            List<ResolvedArtifact> artifacts = new ArrayList<>();
            for (JsonNode node : root.path("artifacts")) {
                Path jar = Path.of(node.path("file").asText());
                String sha = node.path("sha256").asText();
                if (!Files.isRegularFile(jar) || !MavenResolver.sha256(jar).equals(sha)) {
                    return Optional.empty(); // a jar went away or changed: the pin no longer holds
                }
                artifacts.add(new ResolvedArtifact(node.path("groupId").asText(), node.path("artifactId").asText(),
                        node.path("version").asText(), jar, sha));
            }
            return Optional.of(List.copyOf(artifacts));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // an unreadable pin is resolved again
        }
    }

    /** Resolves {@code coordinates} now and pins the result. */
    public List<ResolvedArtifact> resolveAndPin(List<String> coordinates) {
        List<ResolvedArtifact> artifacts = new MavenResolver(options).resolve(coordinates);
        ObjectNode root = JSON.createObjectNode();
        ArrayNode request = root.putArray("request");
        coordinates.forEach(request::add);
        ArrayNode list = root.putArray("artifacts");
        for (ResolvedArtifact artifact : artifacts) {
            ObjectNode node = list.addObject();
            node.put("groupId", artifact.groupId());
            node.put("artifactId", artifact.artifactId());
            node.put("version", artifact.version());
            node.put("file", artifact.file().toString());
            node.put("sha256", artifact.sha256());
        }
        try {
            Files.createDirectories(options.pinDirectory());
            AtomicFiles.write(file(coordinates), JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
        } catch (IOException e) {
            throw new MagicException("%maven: cannot keep the resolution in " + options.pinDirectory() + ": "
                    + e.getMessage(), e);
        }
        return artifacts;
    }

    private Path file(List<String> coordinates) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.join(" ", coordinates).getBytes(StandardCharsets.UTF_8));
            return options.pinDirectory().resolve(HexFormat.of().formatHex(hash).substring(0, 32) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
