package io.huntbook.notebook.params;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.core.BadInputException;
import io.huntbook.notebook.Cell;
import io.huntbook.notebook.CodeCell;
import io.huntbook.notebook.Notebook;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Parameters in a notebook, with papermill's rules: the first cell tagged {@code parameters} declares them; the
 * {@code injected-parameters} cell goes right after it, replaces an earlier injected cell in place, or goes first
 * (with a warning) when there is no {@code parameters} cell; {@code metadata.papermill} records the run; every cell
 * gets {@code metadata.papermill} and {@code metadata.tags}; error marker cells of an earlier run are removed.
 */
public final class NotebookParameters {
    private NotebookParameters() {}

    public static final String PARAMETERS_TAG = "parameters";
    public static final String INJECTED_TAG = "injected-parameters";
    public static final String ERROR_MARKER_TAG = "papermill-error-cell-tag";

    /** The first cell tagged {@code parameters}. */
    public static Optional<Cell> parametersCell(Notebook notebook) {
        OptionalInt index = notebook.indexOfTag(PARAMETERS_TAG);
        return index.isPresent() ? Optional.of(notebook.cell(index.getAsInt())) : Optional.empty();
    }

    /**
     * The notebook's language (DESIGN.md §6.B): {@code override} ({@code -l}), else {@code language_info.name}, else
     * {@code kernelspec.language}. A language without a translator is refused, naming the ones there are.
     */
    public static KernelLanguage language(Notebook notebook, @Nullable String override) {
        String name = override != null ? override : notebook.language().orElse(null);
        if (name == null) {
            throw new BadInputException("the notebook names no language (metadata.language_info.name or"
                    + " metadata.kernelspec.language): give one with -l (" + KernelLanguage.knownNames() + ")");
        }
        return KernelLanguage.fromName(name).orElseThrow(() -> new BadInputException("no parameter translator for"
                + " language '" + name + "'" + (override != null ? " (-l)" : " (from the notebook's metadata)")
                + ": give one of " + KernelLanguage.knownNames() + " with -l"));
    }

    /** What the notebook's {@code parameters} cell declares, read by the rules of {@code language}. */
    public static List<DeclaredParameter> declared(Notebook notebook, KernelLanguage language) {
        return parametersCell(notebook).map(cell -> ParameterInspector.inspect(cell.source(), language))
                .orElse(List.of());
    }

    /** Prepares {@code notebook} with {@code values} as papermill's {@code --prepare-only} does. */
    public static Prepared prepare(Notebook notebook, Map<String, SuppliedValue> values, PrepareRequest request) {
        List<String> warnings = new ArrayList<>();
        Notebook nb = withPapermillDefaults(notebook, request.version());
        KernelLanguage language = null;
        if (!values.isEmpty()) {
            language = language(nb, request.language());
            List<DeclaredParameter> declared = declared(nb, language);
            warnings.addAll(checks(nb, values, declared, language));
            String source = ParameterTranslator.of(language).codify(values, declared);
            nb = inject(nb, source, request.reportMode(), warnings);
            ObjectNode parameters = ParameterJson.toJson(values);
            nb = nb.editPapermill(p -> p.set("parameters", parameters));
        }
        if (request.reportMode()) {
            nb = nb.mapCells(cell -> cell instanceof CodeCell ? hideSource(cell) : cell);
        }
        nb = nb.editPapermill(p -> {
            p.put("input_path", request.inputPath());
            p.put("output_path", request.outputPath());
        });
        nb = removeErrorMarkers(nb);
        return new Prepared(nb, warnings, language);
    }

    /** papermill's load: {@code metadata.papermill} when missing, and tags and papermill metadata on every cell. */
    private static Notebook withPapermillDefaults(Notebook notebook, String version) {
        Notebook nb = notebook;
        if (nb.papermill().isEmpty()) {
            nb = nb.editPapermill(p -> {
                p.putObject("default_parameters");
                p.putObject("parameters");
                p.putObject("environment_variables");
                p.put("version", version);
            });
        }
        return nb.mapCells(cell -> {
            if (cell.metadata().has("tags") && cell.metadata().has("papermill")) {
                return cell;
            }
            return cell.editMetadata(m -> {
                if (!m.has("tags")) {
                    m.putArray("tags");
                }
                if (!m.has("papermill")) {
                    m.putObject("papermill");
                }
            });
        });
    }

    private static Notebook inject(Notebook nb, String source, boolean reportMode, List<String> warnings) {
        Set<String> ids = new HashSet<>();
        nb.cells().forEach(c -> ids.add(c.id()));
        ObjectNode metadata = JsonNodeFactory.instance.objectNode();
        metadata.putArray("tags").add(INJECTED_TAG);
        if (reportMode) {
            metadata.putObject("jupyter").put("source_hidden", true);
        }
        CodeCell cell = new CodeCell(newId(ids), source, metadata, null, List.of(),
                JsonNodeFactory.instance.objectNode());
        OptionalInt injected = nb.indexOfTag(INJECTED_TAG);
        if (injected.isPresent()) {
            return nb.withCell(injected.getAsInt(), cell);
        }
        OptionalInt parameters = nb.indexOfTag(PARAMETERS_TAG);
        if (parameters.isPresent()) {
            return nb.insertCell(parameters.getAsInt() + 1, cell);
        }
        warnings.add("the notebook has no cell tagged 'parameters': the parameters were injected at the top;"
                + " tag the cell that sets the defaults 'parameters' to inject after it");
        return nb.insertCell(0, cell);
    }

    /** A new cell id as nbformat makes them (8 hex digits of a random UUID), unused in this notebook. */
    private static String newId(Set<String> taken) {
        String id;
        do {
            id = UUID.randomUUID().toString().substring(0, 8);
        } while (taken.contains(id));
        return id;
    }

    /** Hides a code cell's source, keeping what {@code metadata.jupyter} held (papermill drops it). */
    private static Cell hideSource(Cell cell) {
        return cell.editMetadata(m -> {
            JsonNode jupyter = m.get("jupyter");
            ObjectNode hidden = jupyter instanceof ObjectNode o ? o : m.putObject("jupyter");
            hidden.put("source_hidden", true);
        });
    }

    private static Notebook removeErrorMarkers(Notebook nb) {
        if (nb.cells().stream().noneMatch(c -> c.hasTag(ERROR_MARKER_TAG))) {
            return nb;
        }
        return nb.withCells(nb.cells().stream().filter(c -> !c.hasTag(ERROR_MARKER_TAG)).toList());
    }

    /** Unknown parameters, values that contradict a Python annotation, and secret-looking values. */
    private static List<String> checks(Notebook nb, Map<String, SuppliedValue> values, List<DeclaredParameter> declared,
            KernelLanguage language) {
        List<String> warnings = new ArrayList<>();
        boolean inspected = language == KernelLanguage.PYTHON || language == KernelLanguage.JAVA
                || language == KernelLanguage.KOTLIN || language == KernelLanguage.SCALA;
        Set<String> names = new LinkedHashSet<>();
        declared.forEach(d -> names.add(d.name()));
        if (inspected && parametersCell(nb).isPresent()) {
            values.keySet().stream().filter(n -> !names.contains(n)
                            && !n.equals("PAPERMILL_INPUT_PATH") && !n.equals("PAPERMILL_OUTPUT_PATH"))
                    .forEach(n -> warnings.add("passed unknown parameter '" + n + "': the parameters cell does not"
                            + " declare it"));
        }
        if (language == KernelLanguage.PYTHON) {
            for (DeclaredParameter d : declared) {
                SuppliedValue supplied = values.get(d.name());
                if (supplied != null && d.type() != null && contradicts(d.type(), supplied.value())) {
                    String actual = pythonType(supplied.value());
                    warnings.add("parameter '" + d.name() + "' is annotated " + d.type() + " but gets "
                            + ("aeiou".indexOf(actual.charAt(0)) >= 0 ? "an " : "a ") + actual + (supplied.raw() ? " (-r passes text; use -p to coerce)" : ""));
                }
            }
        }
        warnings.addAll(SecretCheck.findings(values, allowedSecrets(nb)));
        return warnings;
    }

    private static Set<String> allowedSecrets(Notebook nb) {
        Set<String> allowed = new HashSet<>();
        parametersCell(nb).ifPresent(cell -> {
            JsonNode list = cell.metadata().path("huntbook").path("allow_secret");
            list.forEach(name -> allowed.add(name.asText()));
        });
        return allowed;
    }

    /** Whether a value contradicts a simple Python annotation (int, float, str, bool, list, dict). */
    private static boolean contradicts(String annotation, @Nullable Object value) {
        String actual = pythonType(value);
        return switch (annotation.strip().toLowerCase(Locale.ROOT)) {
            case "int" -> !actual.equals("int") && !actual.equals("bool");
            case "float" -> !actual.equals("float") && !actual.equals("int");
            case "str" -> !actual.equals("str");
            case "bool" -> !actual.equals("bool");
            case "list" -> !actual.equals("list");
            case "dict" -> !actual.equals("dict");
            default -> false;
        };
    }

    private static String pythonType(@Nullable Object value) {
        return switch (value) {
            case null -> "NoneType";
            case Boolean b -> "bool";
            case BigInteger i -> "int";
            case Double d -> "float";
            case String s -> "str";
            case List<?> l -> "list";
            case Map<?, ?> m -> "dict";
            default -> value.getClass().getSimpleName();
        };
    }
}
