package io.huntbook.kernel.java;

import io.huntbook.runtime.NotebookRuntime;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The class path notebook code sees: the runtime and Huntbook's libraries with their dependencies, never the host's
 * own machinery (the CLI, the engine, the runner, the server and the frameworks only they use). In the distribution
 * the host's jars sit in one {@code lib/} folder next to the runtime; in a build they are on {@code java.class.path}.
 */
public final class NotebookClassPath {
    /** Host-only artifacts, by jar name or by the module folder of a build's {@code target/classes}. */
    private static final Pattern HOST_ONLY = Pattern.compile(
            "(huntbook-(cli|kernel|runner|server|bench|test-support)|picocli|javalin|jetty|jeromq|jnacl|db-scheduler"
                    + "|h2|flyway|postgresql|slf4j-nop|slf4j-simple|junit|opentest4j|apiguardian|assertj|byte-buddy"
                    + "|jmh|surefire|maven|plexus|httpclient|httpcore|jcl-over-slf4j|javax.inject)([-_.].*)?");

    private NotebookClassPath() {}

    /** The notebook class path for this host. */
    public static List<Path> forHost() {
        Path runtime = runtimeLocation();
        Path folder = runtime.getParent();
        List<Path> candidates = new ArrayList<>();
        if (runtime.toString().endsWith(".jar") && folder != null && folder.getFileName() != null
                && folder.getFileName().toString().equals("lib")) {
            try (Stream<Path> jars = Files.list(folder)) {
                jars.filter(p -> p.toString().endsWith(".jar")).sorted().forEach(candidates::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
            }
        } else {
            for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    candidates.add(Path.of(entry).toAbsolutePath());
                }
            }
        }
        List<Path> result = new ArrayList<>();
        result.add(runtime);
        for (Path candidate : candidates) {
            if (!candidate.equals(runtime) && !hostOnly(candidate)) {
                result.add(candidate);
            }
        }
        return List.copyOf(result);
    }

    /**
     * Whether {@code classPath} holds huntbook-session (the full {@code hb}): its jar by name, or a class folder with
     * its {@code Session} class. Decided from names and one file check, so the engine's start pays nothing for it.
     */
    static boolean hasSession(List<Path> classPath) {
        for (Path entry : classPath) {
            Path name = entry.getFileName();
            if (name != null && name.toString().startsWith("huntbook-session") && name.toString().endsWith(".jar")
                    || Files.isRegularFile(entry.resolve("io/huntbook/session/Session.class"))) {
                return true;
            }
        }
        return false;
    }

    static boolean hostOnly(Path entry) {
        Path name = entry.getFileName();
        if (name == null) {
            return false;
        }
        String file = name.toString();
        if (file.equals("classes") || file.equals("test-classes")) {
            // A build's module folder: .../<module>/target/classes
            Path module = entry.getParent() == null ? null : entry.getParent().getParent();
            return file.equals("test-classes") || (module != null && module.getFileName() != null
                    && HOST_ONLY.matcher(module.getFileName().toString()).matches());
        }
        return HOST_ONLY.matcher(file).matches();
    }

    static Path runtimeLocation() {
        try {
            return Path.of(NotebookRuntime.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new EngineException("cannot find huntbook-runtime on the class path: " + e.getMessage(), e);
        }
    }
}
