package io.huntbook.runner.job;

import io.huntbook.core.BadInputException;
import io.huntbook.notebook.params.YamlParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Reads job files: YAML or JSON (JSON is YAML), in the schema of DESIGN.md §6.E,
 * {@code {template | notebook, parameters, identifier, output, idempotencyKey}}, or in the BlueTeamCon shape
 * {@code {exec: {notebook, identifier}, papermill: {...}}}, where {@code identifier} names the parameter whose value
 * identifies the run. Values are read as papermill reads YAML (YAML 1.1, no timestamps). Every error is one line that
 * names the file and says what to fix.
 */
public final class JobFiles {
    /** The file name endings of job files, when a folder is expanded. */
    public static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".json");
    private static final Set<String> FIELDS = Set.of("template", "notebook", "parameters", "identifier", "output",
            "idempotencyKey");
    private static final Set<String> ALIAS_FIELDS = Set.of("exec", "papermill");

    private JobFiles() {}

    /**
     * The job files named: files as given, folders expanded to the job files they hold (subfolders included), in name
     * order within each folder.
     *
     * @throws BadInputException for a path that does not exist, or a folder without job files
     */
    public static List<Path> expand(List<Path> paths) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> found;
                try (Stream<Path> walk = Files.walk(path)) {
                    found = walk.filter(Files::isRegularFile).filter(JobFiles::isJobFile).sorted().toList();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + path + ": " + e.getMessage(), e);
                }
                if (found.isEmpty()) {
                    throw new BadInputException(path + ": no job files in this folder (" + String.join(", ",
                            EXTENSIONS) + ")");
                }
                files.addAll(found);
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new BadInputException(path + ": no such file or folder; give job files or folders of them");
            }
        }
        return List.copyOf(files);
    }

    static boolean isJobFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    /** Reads one job file. */
    public static Job read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file + ": no such job file");
        } catch (MalformedInputException e) {
            throw new BadInputException(file + ": not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return parse(text, file.toString(), stem(file));
    }

    /**
     * Reads a job from YAML or JSON text.
     *
     * @param source names the job in messages
     * @param defaultIdentifier the identifier when the job gives none (a job file's name without extension)
     */
    public static Job parse(String text, String source, String defaultIdentifier) {
        Map<String, @Nullable Object> fields;
        try {
            fields = YamlParameters.parse(text, source);
        } catch (BadInputException e) {
            throw e.getMessage() != null && e.getMessage().contains(source) ? e
                    : new BadInputException(source + ": " + e.getMessage(), e);
        }
        boolean alias = fields.keySet().stream().anyMatch(ALIAS_FIELDS::contains);
        if (alias) {
            return blueTeamCon(fields, source, defaultIdentifier);
        }
        for (String key : fields.keySet()) {
            if (!FIELDS.contains(key)) {
                throw new BadInputException(source + ": unknown field '" + key + "'; a job has "
                        + "template or notebook, parameters, identifier, output and idempotencyKey");
            }
        }
        String template = text(fields, "template", source);
        String notebook = text(fields, "notebook", source);
        if (template == null && notebook == null) {
            throw new BadInputException(source + ": the job names no template; add 'template: NAME' (or"
                    + " 'notebook: PATH')");
        }
        if (template != null && notebook != null) {
            throw new BadInputException(source + ": the job names both a template and a notebook; keep one");
        }
        Map<String, @Nullable Object> parameters = map(fields.get("parameters"), "parameters", source);
        String identifier = text(fields, "identifier", source);
        return new Job(source, template, notebook, parameters, identifier != null ? identifier : defaultIdentifier,
                text(fields, "output", source), text(fields, "idempotencyKey", source));
    }

    /** {@code exec: {notebook, identifier}} and {@code papermill: {parameters}}. */
    private static Job blueTeamCon(Map<String, @Nullable Object> fields, String source, String defaultIdentifier) {
        for (String key : fields.keySet()) {
            if (!ALIAS_FIELDS.contains(key)) {
                throw new BadInputException(source + ": '" + key + "' cannot be mixed with 'exec'/'papermill'; use"
                        + " either the job schema or the exec/papermill shape");
            }
        }
        Map<String, @Nullable Object> exec = map(fields.get("exec"), "exec", source);
        for (String key : exec.keySet()) {
            if (!key.equals("notebook") && !key.equals("identifier")) {
                throw new BadInputException(source + ": unknown field 'exec." + key + "'; exec has notebook and"
                        + " identifier");
            }
        }
        String notebook = text(exec, "notebook", source);
        if (notebook == null) {
            throw new BadInputException(source + ": exec.notebook is missing; name the notebook to run");
        }
        Map<String, @Nullable Object> parameters = map(fields.get("papermill"), "papermill", source);
        String identifierParameter = text(exec, "identifier", source);
        String identifier = defaultIdentifier;
        if (identifierParameter != null) {
            if (!parameters.containsKey(identifierParameter) || parameters.get(identifierParameter) == null) {
                throw new BadInputException(source + ": exec.identifier names the parameter '" + identifierParameter
                        + "', which papermill: does not give");
            }
            identifier = String.valueOf(parameters.get(identifierParameter));
        }
        return new Job(source, null, notebook, parameters, identifier, null, null);
    }

    private static @Nullable String text(Map<String, @Nullable Object> fields, String key, String source) {
        Object value = fields.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw new BadInputException(source + ": '" + key + "' must be text, not " + (value instanceof Map<?, ?>
                    ? "a mapping" : "a list"));
        }
        String text = String.valueOf(value);
        if (text.isBlank()) {
            throw new BadInputException(source + ": '" + key + "' is empty");
        }
        return text;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, @Nullable Object> map(@Nullable Object value, String key, String source) {
        if (value == null) {
            return new LinkedHashMap<>();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw new BadInputException(source + ": '" + key + "' must be a mapping of names to values");
        }
        Map<String, @Nullable Object> result = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            result.put(String.valueOf(entry.getKey()), entry.getValue());
        }
        return result;
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Every job of {@code files}, read up front: the first bad one stops everything before anything runs. */
    public static List<Job> readAll(List<Path> files) {
        List<Job> jobs = new ArrayList<>(files.size());
        for (Path file : files) {
            jobs.add(read(file));
        }
        return jobs;
    }
}
