package io.huntbook.kernel.magic;

import java.nio.file.Path;

/**
 * One jar of a {@code %maven} resolution.
 *
 * @param groupId the group
 * @param artifactId the artifact
 * @param version the exact version resolved
 * @param file the jar in the local repository
 * @param sha256 the jar's SHA-256, so a pinned resolution notices a jar that changed
 */
public record ResolvedArtifact(String groupId, String artifactId, String version, Path file, String sha256) {
    /** {@code group:artifact:version}. */
    public String coordinates() {
        return groupId + ":" + artifactId + ":" + version;
    }
}
