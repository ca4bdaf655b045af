package io.huntbook.notebook;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a notebook document against the official nbformat JSON schema of its own minor version (4.0 to 4.5; newer
 * minors against 4.5), as {@code nbformat.validate} does, and reports each problem with the cell (index and id) and the
 * field at fault.
 *
 * <p>The schemas say a cell is one of raw, markdown or code, and an output one of four types; a plain schema error
 * for a bad cell is then "not valid against exactly one schema". Like nbformat's {@code better_validation_error},
 * each cell and output is checked again against the definition its own type names, which gives the real field.
 * Cell ids must also be unique from 4.5 on.
 */
public final class NotebookValidator {
    private NotebookValidator() {}

    private static final JsonMapper JACKSON3 = JsonMapper.builder(JsonFactory.builder()
                    .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                    .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
                    .build())
            .build();
    private static final Set<String> CELL_TYPES = Set.of("raw", "markdown", "code");
    private static final Set<String> OUTPUT_TYPES = Set.of("execute_result", "display_data", "stream", "error");
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4);

    /** Validates a notebook file; malformed JSON is a {@link NotebookFormatException} naming the file. */
    public static List<NotebookProblem> validate(Path file) {
        try {
            return validate(Files.readAllBytes(file));
        } catch (NotebookFormatException e) {
            throw e.inFile(file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validates a notebook's JSON text (UTF-8). Malformed JSON is a {@link NotebookFormatException}. */
    public static List<NotebookProblem> validate(byte[] json) {
        Notebooks.parse(json); // one error message for malformed JSON, whichever parser
        return validate(JACKSON3.readTree(json));
    }

    /** Validates a notebook's JSON tree. */
    public static List<NotebookProblem> validate(com.fasterxml.jackson.databind.JsonNode json) {
        return validate(JACKSON3.readTree(PythonJson.dumps(json)));
    }

    /** The minor version whose schema checks a notebook of minor version {@code minor}. */
    public static int schemaMinor(int minor) {
        return Math.min(Math.max(minor, 0), Notebook.NBFORMAT_MINOR);
    }

    private static List<NotebookProblem> validate(JsonNode root) {
        if (!root.isObject()) {
            return List.of(NotebookProblem.ofNotebook("", "not a notebook: the JSON document is not an object"));
        }
        JsonNode major = root.get("nbformat");
        if (major == null || !major.isIntegralNumber() || major.intValue() != Notebook.NBFORMAT) {
            return List.of(NotebookProblem.ofNotebook("nbformat", major == null ? "missing: this is not a Jupyter notebook"
                    : "nbformat " + major + " is not supported: Huntbook validates nbformat 4 (4.0 to 4.5)"));
        }
        JsonNode minorNode = root.get("nbformat_minor");
        int minor = schemaMinor(minorNode != null && minorNode.isIntegralNumber() ? minorNode.intValue() : 0);
        // Cells are checked one by one below, each against the definition of its own type; that only changes the
        // messages, so it is skipped (with its seven schemas) when the whole document is valid.
        boolean cellsArray = root.path("cells").isArray();
        List<Error> errors = schema(minor, null).validate(root);
        List<NotebookProblem> problems = new ArrayList<>(describe(errors, null, null, minor, "",
                at -> cellsArray && at.getNameCount() >= 2 && "cells".equals(at.getName(0))));
        JsonNode cells = root.get("cells");
        if (cells != null && cells.isArray()) {
            if (!errors.isEmpty()) {
                for (int i = 0; i < cells.size(); i++) {
                    problems.addAll(validateCell(cells.get(i), i, minor));
                }
            }
            if (minor >= 5) {
                problems.addAll(duplicateIds(cells));
            }
        }
        return problems;
    }

    private static List<NotebookProblem> validateCell(JsonNode cell, int index, int minor) {
        String id = cell.path("id").isString() ? cell.get("id").stringValue() : null;
        String type = cell.path("cell_type").isString() ? cell.get("cell_type").stringValue() : null;
        if (type == null || !CELL_TYPES.contains(type)) {
            return schema(minor, "cell").validate(cell).stream()
                    .map(e -> cellTypeProblem(e, cell, index, id)).distinct().toList();
        }
        // Outputs are checked one by one below.
        boolean outputsArray = cell.path("outputs").isArray();
        List<NotebookProblem> problems = new ArrayList<>(describe(schema(minor, type + "_cell").validate(cell), index,
                id, minor, "", at -> outputsArray && at.getNameCount() >= 2 && "outputs".equals(at.getName(0))));
        JsonNode outputs = cell.get("outputs");
        if ("code".equals(type) && outputs != null && outputs.isArray()) {
            for (int o = 0; o < outputs.size(); o++) {
                problems.addAll(validateOutput(outputs.get(o), index, id, o, minor));
            }
        }
        return problems;
    }

    private static List<NotebookProblem> validateOutput(JsonNode output, int index, @Nullable String id, int o,
            int minor) {
        String type = output.path("output_type").isString() ? output.get("output_type").stringValue() : null;
        String prefix = "outputs[" + o + "]";
        if (type == null || !OUTPUT_TYPES.contains(type)) {
            String message = type == null ? "an output needs a string output_type"
                    : "output_type \"" + type + "\" is not one of execute_result, display_data, stream, error";
            return List.of(new NotebookProblem(index, id, prefix + ".output_type", message));
        }
        return describe(schema(minor, type).validate(output), index, id, minor, prefix, at -> false);
    }

    private static NotebookProblem cellTypeProblem(Error error, JsonNode cell, int index, @Nullable String id) {
        if (!cell.isObject()) {
            return new NotebookProblem(index, id, "", "a cell must be an object");
        }
        JsonNode type = cell.get("cell_type");
        String message = type == null ? "missing" : "\"" + (type.isString() ? type.stringValue() : type.toString())
                + "\" is not one of raw, markdown, code";
        return new NotebookProblem(index, id, "cell_type", message);
    }

    private static List<NotebookProblem> duplicateIds(JsonNode cells) {
        List<NotebookProblem> problems = new ArrayList<>();
        Map<String, Integer> first = new HashMap<>();
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < cells.size(); i++) {
            JsonNode id = cells.get(i).path("id");
            if (!id.isString()) {
                continue;
            }
            Integer earlier = first.putIfAbsent(id.stringValue(), i);
            if (earlier != null && reported.add(id.stringValue() + "@" + i)) {
                problems.add(new NotebookProblem(i, id.stringValue(), "id",
                        "the same id as cell " + earlier + ": cell ids must be unique"));
            }
        }
        return problems;
    }

    /**
     * One problem per schema error, except where a {@code oneOf} failed (a multi-line string that is neither a string
     * nor a list): its alternatives' type errors become one problem naming every type allowed.
     */
    private static List<NotebookProblem> describe(List<Error> errors, @Nullable Integer index, @Nullable String id,
            int minor, String prefix, Predicate<NodePath> skip) {
        Map<NodePath, Error> oneOf = new LinkedHashMap<>();
        for (Error error : errors) {
            if ("oneOf".equals(error.getKeyword()) && !skip.test(error.getInstanceLocation())) {
                oneOf.putIfAbsent(error.getInstanceLocation(), error);
            }
        }
        Map<NodePath, List<String>> expected = new HashMap<>();
        Map<NodePath, String> found = new HashMap<>();
        List<NotebookProblem> problems = new ArrayList<>();
        for (Error error : errors) {
            NodePath at = error.getInstanceLocation();
            if (skip.test(at) || "oneOf".equals(error.getKeyword())) {
                continue;
            }
            Matcher type = TYPE_MESSAGE.matcher(stripLocation(error.getMessage()));
            if (oneOf.containsKey(at) && "type".equals(error.getKeyword()) && type.matches()) {
                found.put(at, type.group(1));
                expected.computeIfAbsent(at, k -> new ArrayList<>()).add(type.group(2));
            } else {
                problems.add(problem(error, index, id, at, minor, prefix));
            }
        }
        oneOf.forEach((at, error) -> problems.add(expected.containsKey(at)
                ? new NotebookProblem(index, id, fieldOf(at, prefix).toString(),
                        found.get(at) + " found, " + String.join(" or ", expected.get(at)) + " expected")
                : problem(error, index, id, at, minor, prefix)));
        return problems;
    }

    private static final Pattern TYPE_MESSAGE = Pattern.compile("(\\S+) found, (.+) expected");

    private static StringBuilder fieldOf(NodePath at, String prefix) {
        StringBuilder field = new StringBuilder(prefix);
        for (int n = 0; n < at.getNameCount(); n++) {
            Object element = at.getElement(n);
            if (element instanceof Integer position) {
                field.append('[').append(position).append(']');
            } else {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(element);
            }
        }
        return field;
    }

    private static NotebookProblem problem(Error error, @Nullable Integer index, @Nullable String id, NodePath at,
            int minor, String prefix) {
        StringBuilder field = fieldOf(at, prefix);
        String keyword = error.getKeyword();
        String property = error.getProperty();
        String message;
        if ("required".equals(keyword) && property != null) {
            appendName(field, property);
            message = "missing (the nbformat 4." + minor + " schema requires it)";
        } else if ("additionalProperties".equals(keyword) && property != null) {
            appendName(field, property);
            message = "not allowed by the nbformat 4." + minor + " schema";
        } else {
            message = stripLocation(error.getMessage());
        }
        return new NotebookProblem(index, id, field.toString(), message);
    }

    private static void appendName(StringBuilder field, String name) {
        if (!field.isEmpty()) {
            field.append('.');
        }
        field.append(name);
    }

    /** networknt prefixes messages with the instance location, which the problem already names. */
    private static String stripLocation(String message) {
        int colon = message.indexOf(": ");
        return message.startsWith("$") || message.startsWith("/") && colon > 0 ? message.substring(colon + 2) : message;
    }

    private static Schema schema(int minor, @Nullable String definition) {
        return SCHEMAS.computeIfAbsent(minor + "/" + definition, key -> load(minor, definition));
    }

    private static Schema load(int minor, @Nullable String definition) {
        String resource = "schema/nbformat.v4." + minor + ".schema.json";
        JsonNode schema;
        try (InputStream in = NotebookValidator.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            schema = JACKSON3.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (definition != null) {
            // The same document rooted at one definition, so $refs inside it still resolve.
            ObjectNode root = JACKSON3.createObjectNode();
            root.set("$schema", schema.get("$schema"));
            root.set("definitions", schema.get("definitions"));
            root.put("$ref", "#/definitions/" + definition);
            schema = root;
        }
        return REGISTRY.getSchema(schema);
    }
}
