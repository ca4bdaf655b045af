package io.huntbook.kernel.magic;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The magics of one engine. A magic is a line of its own starting with {@code %maven}, {@code %classpath} or
 * {@code %load}; any other line is Java. {@code %maven} and {@code %classpath} lines become blank lines (so the line
 * numbers of errors still match the cell), {@code %load FILE} becomes the file's content. Huntbook's own libraries
 * win over a {@code %maven} dependency with the same artifact id: that jar is left out and a note says so.
 */
public final class CellMagics {
    private static final Pattern MAGIC = Pattern.compile("^[ \\t]*%(maven|classpath|load)(?:[ \\t]+(.*))?$");
    private static final Pattern JAR_NAME = Pattern.compile("(.+?)-(\\d[^-]*(?:-.*)?)\\.jar");
    private static final int MAX_LOAD_DEPTH = 8;

    private final MagicOptions options;
    private final Path workingDirectory;
    /** artifact id to version of the notebook's own class path (from jar names), for conflicts. */
    private final Map<String, String> notebookArtifacts;
    private final Set<Path> added = new LinkedHashSet<>();

    /**
     * @param notebookClassPath the class path the engine started with: its libraries win over {@code %maven}'s
     */
    public CellMagics(MagicOptions options, Path workingDirectory, List<Path> notebookClassPath) {
        this.options = options;
        this.workingDirectory = workingDirectory;
        this.notebookArtifacts = artifacts(notebookClassPath);
    }

    /**
     * Carries out the magics of {@code cell} and returns the Java code left to run. Cells without magics come back
     * unchanged at the cost of one scan.
     *
     * @param classPath receives each jar or folder to add to the session's class path (compiler and agent)
     * @param notes receives one line of text for the user (resolution results, kept versions)
     * @throws MagicException when a magic cannot be carried out
     */
    public String expand(String cell, Consumer<Path> classPath, Consumer<String> notes) {
        if (cell.indexOf('%') < 0) {
            return cell;
        }
        return expand(cell, classPath, notes, 0);
    }

    private String expand(String cell, Consumer<Path> classPath, Consumer<String> notes, int depth) {
        StringBuilder java = new StringBuilder(cell.length());
        boolean any = false;
        for (String line : cell.split("\n", -1)) {
            Matcher matcher = MAGIC.matcher(stripCr(line));
            if (!matcher.matches()) {
                java.append(line).append('\n');
                continue;
            }
            any = true;
            String argument = matcher.group(2) == null ? "" : matcher.group(2).strip();
            switch (matcher.group(1)) {
                case "maven" -> {
                    maven(argument, classPath, notes);
                    java.append('\n');
                }
                case "classpath" -> {
                    classPath(argument).forEach(entry -> add(entry, classPath));
                    java.append('\n');
                }
                default -> java.append(load(argument, classPath, notes, depth)).append('\n');
            }
        }
        if (!any) {
            return cell;
        }
        java.setLength(java.length() - 1); // the split added one newline too many
        return java.toString();
    }

    private void maven(String argument, Consumer<Path> classPath, Consumer<String> notes) {
        List<String> coordinates = coordinates(argument);
        MavenPins pins = MavenPins.of(options);
        List<ResolvedArtifact> artifacts = pins.pinned(coordinates).orElseGet(() -> {
            if (options.mode() == MagicOptions.Mode.PINNED) {
                throw new MagicException("%maven " + argument + " was not resolved when the run was validated (or"
                        + " its jars changed since); validate the run again so it is resolved before it runs");
            }
            return pins.resolveAndPin(coordinates);
        });
        int count = 0;
        for (ResolvedArtifact artifact : artifacts) {
            String kept = notebookArtifacts.get(artifact.artifactId());
            if (kept != null) {
                if (!kept.equals(artifact.version())) {
                    notes.accept("%maven: kept Huntbook's " + artifact.artifactId() + " " + kept + " instead of "
                            + artifact.version() + " (" + artifact.coordinates() + ")\n");
                }
                continue;
            }
            if (add(artifact.file(), classPath)) {
                count++;
            }
        }
        notes.accept("%maven " + argument + ": " + count + " jar" + (count == 1 ? "" : "s") + " added to the class"
                + " path\n");
    }

    private boolean add(Path entry, Consumer<Path> classPath) {
        Path absolute = entry.toAbsolutePath().normalize();
        if (added.add(absolute)) {
            classPath.accept(absolute);
            return true;
        }
        return false;
    }

    /** {@code %classpath a.jar:lib/*:classes}: paths, folders, or every jar of a folder with {@code /*}. */
    private List<Path> classPath(String argument) {
        if (argument.isEmpty()) {
            throw new MagicException("%classpath needs a path: %classpath lib/tool.jar (or lib/* for every jar)");
        }
        List<Path> entries = new ArrayList<>();
        for (String part : argument.split(File.pathSeparator)) {
            String item = unquote(part.strip());
            if (item.isEmpty()) {
                continue;
            }
            if (item.endsWith("/*") || item.endsWith(File.separator + "*")) {
                Path folder = resolve(item.substring(0, item.length() - 2));
                try (Stream<Path> files = Files.list(folder)) {
                    files.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar")).sorted()
                            .forEach(entries::add);
                } catch (IOException e) {
                    throw new MagicException("%classpath " + item + ": cannot list " + folder + " (" + e.getMessage()
                            + ")", e);
                }
                continue;
            }
            Path path = resolve(item);
            if (!Files.exists(path)) {
                throw new MagicException("%classpath " + item + ": " + path + " does not exist; give a jar or a"
                        + " folder of classes");
            }
            entries.add(path);
        }
        return entries;
    }

    private String load(String argument, Consumer<Path> classPath, Consumer<String> notes, int depth) {
        if (argument.isEmpty()) {
            throw new MagicException("%load needs a file: %load helpers.jsh");
        }
        if (depth >= MAX_LOAD_DEPTH) {
            throw new MagicException("%load " + argument + ": files load each other more than " + MAX_LOAD_DEPTH
                    + " deep; is there a cycle?");
        }
        Path file = resolve(unquote(argument));
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MagicException("%load " + argument + ": cannot read " + file + " (" + e.getMessage() + ")", e);
        }
        return expand(content.replace("\r\n", "\n"), classPath, notes, depth + 1);
    }

    private Path resolve(String path) {
        String expanded = path.startsWith("~/") ? System.getProperty("user.home") + path.substring(1) : path;
        return workingDirectory.resolve(expanded).toAbsolutePath().normalize();
    }

    static List<String> coordinates(String argument) {
        List<String> coordinates = new ArrayList<>();
        for (String token : argument.split("[\\s,]+")) {
            if (!token.isEmpty()) {
                if (token.split(":").length < 3) {
                    throw new MagicException("%maven " + token + ": not Maven coordinates; write"
                            + " group:artifact:version, for example com.google.guava:guava:33.4.0-jre");
                }
                coordinates.add(token);
            }
        }
        if (coordinates.isEmpty()) {
            throw new MagicException("%maven needs coordinates: %maven group:artifact:version");
        }
        return coordinates;
    }

    /** The {@code %maven} requests of a cell and of the files it loads, for validation (unreadable loads skipped). */
    static List<List<String>> mavenRequests(String cell, Path workingDirectory) {
        List<List<String>> requests = new ArrayList<>();
        collect(cell, workingDirectory, requests, 0);
        return requests;
    }

    private static void collect(String text, Path workingDirectory, List<List<String>> requests, int depth) {
        if (text.indexOf('%') < 0 || depth >= MAX_LOAD_DEPTH) {
            return;
        }
        for (String line : text.split("\n")) {
            Matcher matcher = MAGIC.matcher(stripCr(line));
            if (!matcher.matches() || matcher.group(2) == null) {
                continue;
            }
            if (matcher.group(1).equals("maven")) {
                requests.add(coordinates(matcher.group(2).strip()));
            } else if (matcher.group(1).equals("load")) {
                try {
                    Path file = workingDirectory.resolve(unquote(matcher.group(2).strip()));
                    collect(Files.readString(file, StandardCharsets.UTF_8), workingDirectory, requests, depth + 1);
                } catch (IOException | RuntimeException e) {
                    // The run reports a file it cannot load, with the cell it is in.
                }
            }
        }
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static String unquote(String text) {
        if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"")
                || text.startsWith("'") && text.endsWith("'"))) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }

    private static Map<String, String> artifacts(List<Path> classPath) {
        Map<String, String> artifacts = new HashMap<>();
        for (Path entry : classPath) {
            Path name = entry.getFileName();
            if (name == null) {
                continue;
            }
            Matcher matcher = JAR_NAME.matcher(name.toString());
            if (matcher.matches()) {
                artifacts.put(matcher.group(1), matcher.group(2));
            } else if (name.toString().equals("classes") && entry.getParent() != null
                    && entry.getParent().getParent() != null) {
                // A build's module folder (.../huntbook-core/target/classes) stands for that artifact.
                artifacts.put(entry.getParent().getParent().getFileName().toString(), "(this build)");
            }
        }
        return artifacts;
    }
}
