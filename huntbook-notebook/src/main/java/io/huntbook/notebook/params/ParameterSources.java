package io.huntbook.notebook.params;

import io.huntbook.core.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The parameter sources of one run, as given on a command line or in a job, merged with papermill's precedence:
 * {@code -b} &lt; {@code -f} &lt; {@code -y} &lt; {@code -p} &lt; {@code -r}, whatever their order on the line; within
 * one kind, later wins. A name keeps the position where it first appeared (Python's dict update), which decides
 * the order of the injected lines.
 */
public final class ParameterSources {
    private final List<String> base64 = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();
    private final List<String> yaml = new ArrayList<>();
    private final List<String[]> values = new ArrayList<>();
    private final List<String[]> raws = new ArrayList<>();
    private @Nullable String inputPath;
    private @Nullable String outputPath;

    /** An empty set of sources. */
    public static ParameterSources create() {
        return new ParameterSources();
    }

    /** {@code -b}: YAML encoded in base64. */
    public ParameterSources base64(String encoded) {
        base64.add(encoded);
        return this;
    }

    /** {@code -f}: a YAML (or JSON) file. */
    public ParameterSources file(Path file) {
        files.add(file);
        return this;
    }

    /** {@code -y}: YAML text. */
    public ParameterSources yaml(String text) {
        yaml.add(text);
        return this;
    }

    /** {@code -p NAME VALUE}: coerced as papermill does. */
    public ParameterSources value(String name, String value) {
        values.add(new String[] {name, value});
        return this;
    }

    /** {@code -r NAME VALUE}: a string, never coerced. */
    public ParameterSources raw(String name, String value) {
        raws.add(new String[] {name, value});
        return this;
    }

    /** {@code --inject-input-path}: the input path as parameter {@code PAPERMILL_INPUT_PATH}. */
    public ParameterSources injectInputPath(String path) {
        inputPath = path;
        return this;
    }

    /** {@code --inject-output-path}: the output path as parameter {@code PAPERMILL_OUTPUT_PATH}. */
    public ParameterSources injectOutputPath(String path) {
        outputPath = path;
        return this;
    }

    /** Whether no source was given at all. */
    public boolean isEmpty() {
        return base64.isEmpty() && files.isEmpty() && yaml.isEmpty() && values.isEmpty() && raws.isEmpty()
                && inputPath == null && outputPath == null;
    }

    /** Reads every source and merges them; a bad source is refused with the reason and what to do. */
    public LinkedHashMap<String, SuppliedValue> resolve() {
        LinkedHashMap<String, SuppliedValue> merged = new LinkedHashMap<>();
        if (inputPath != null) {
            merged.put("PAPERMILL_INPUT_PATH", SuppliedValue.of(inputPath));
        }
        if (outputPath != null) {
            merged.put("PAPERMILL_OUTPUT_PATH", SuppliedValue.of(outputPath));
        }
        for (String encoded : base64) {
            putAll(merged, YamlParameters.parse(decodeBase64(encoded), "-b value"));
        }
        for (Path file : files) {
            putAll(merged, YamlParameters.parse(read(file), "-f " + file));
        }
        for (String text : yaml) {
            putAll(merged, YamlParameters.parse(text, "-y value"));
        }
        for (String[] pair : values) {
            merged.put(pair[0], SuppliedValue.coerced(pair[1]));
        }
        for (String[] pair : raws) {
            merged.put(pair[0], SuppliedValue.rawText(pair[1]));
        }
        return merged;
    }

    /** The merged values alone, as papermill would inject them. */
    public LinkedHashMap<String, @Nullable Object> resolveValues() {
        LinkedHashMap<String, @Nullable Object> result = new LinkedHashMap<>();
        resolve().forEach((name, supplied) -> result.put(name, supplied.value()));
        return result;
    }

    private static void putAll(Map<String, SuppliedValue> merged, Map<String, @Nullable Object> parsed) {
        parsed.forEach((name, value) -> merged.put(name, SuppliedValue.of(value)));
    }

    private static String decodeBase64(String encoded) {
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(encoded.strip());
        } catch (IllegalArgumentException e) {
            throw new BadInputException("-b value is not base64 (" + e.getMessage()
                    + "): encode the YAML with 'base64 -w0'", e);
        }
        return stripBom(new String(bytes, StandardCharsets.UTF_8));
    }

    private static String read(Path file) {
        try {
            return stripBom(Files.readString(file, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            throw new BadInputException("-f " + file + ": no such file; give the path of a YAML or JSON file", e);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new BadInputException("-f " + file + " is not UTF-8 text: save it as UTF-8", e);
        } catch (IOException e) {
            throw new BadInputException("-f " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
