package io.huntbook.notebook.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.huntbook.core.BadInputException;
import io.huntbook.notebook.Cell;
import io.huntbook.notebook.Kernelspec;
import io.huntbook.notebook.LanguageInfo;
import io.huntbook.notebook.Notebook;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a percent-format text notebook as jupytext does: the YAML header's {@code jupyter} section becomes the
 * notebook metadata (without jupytext's {@code text_representation}), each {@code %%} marker starts a cell, the blank
 * line before the next marker separates cells, and markdown and raw lines lose one comment level.
 */
final class PercentReader {
    private static final JsonMapper JSON = JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Pattern KEY = Pattern.compile("[a-zA-Z0-9_.-]+");
    private static final Pattern CELL_TYPE = Pattern.compile("\\[(markdown|md|raw)\\]");

    private final TextFormat format;
    private final Magics magics;
    private final Pattern marker;
    private final Pattern encoding;

    PercentReader(TextFormat format) {
        this.format = format;
        this.magics = new Magics(format);
        String c = Pattern.quote(format.comment());
        this.marker = Pattern.compile("^\\s*" + c + "\\s*%%(%*)(?:\\s(.*))?$");
        this.encoding = Pattern.compile("^[ \\t\\f]*" + c + ".*?coding[:=][ \\t]*([-_.a-zA-Z0-9]+)");
    }

    Notebook read(String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1); // the final newline ends the last line
        }
        ObjectNode metadata = JsonNodeFactory.instance.objectNode();
        int i = 0;
        if (i < lines.size() && lines.get(i).startsWith("#!") && format == TextFormat.PYTHON) {
            metadata.putObject("jupytext").put("executable", lines.get(i).substring(2));
            i++;
        }
        if (i < lines.size() && encoding.matcher(lines.get(i)).find()) {
            jupytext(metadata).put("encoding", lines.get(i));
            i++;
        }
        boolean hasHeader = false;
        List<Cell> cells = new ArrayList<>();
        int headerEnd = header(lines, i);
        if (headerEnd > i) {
            hasHeader = true;
            cells.addAll(headerMetadata(lines.subList(i + 1, headerEnd - 1), i + 2, metadata));
            i = headerEnd;
            if (i < lines.size() && lines.get(i).isBlank()) {
                i++;
            }
        }
        // Lines before the first marker form a code cell, as in jupytext.
        int start = i;
        while (i < lines.size() && !marker.matcher(lines.get(i)).matches()) {
            i++;
        }
        List<String> preamble = new ArrayList<>(lines.subList(start, i));
        while (!preamble.isEmpty() && preamble.get(preamble.size() - 1).isBlank()) {
            preamble.remove(preamble.size() - 1);
        }
        if (!preamble.isEmpty()) {
            cells.add(Cell.code(String.join("\n", preamble.stream().map(magics::unescapeCode).toList())));
        }
        while (i < lines.size()) {
            int markerLine = i;
            i++;
            while (i < lines.size() && !marker.matcher(lines.get(i)).matches()) {
                i++;
            }
            List<String> body = new ArrayList<>(lines.subList(markerLine + 1, i));
            if (i < lines.size() && !body.isEmpty() && body.get(body.size() - 1).isEmpty()) {
                body.remove(body.size() - 1); // the blank line that separates cells
            }
            cells.add(cell(lines.get(markerLine), markerLine + 1, body));
        }
        if (!hasHeader && (format == TextFormat.JSH || format == TextFormat.JAVA)) {
            metadata.set("kernelspec", Kernelspec.HUNTBOOK.toJson());
            metadata.set("language_info", LanguageInfo.java().toJson());
        } else if (!hasHeader && format == TextFormat.PYTHON) {
            // A .py file is Python (DESIGN.md §6.B); no kernelspec, so the first installed Python kernel runs it.
            metadata.set("language_info", new LanguageInfo("python", null, "text/x-python", ".py").toJson());
        }
        return Notebook.of(cells).withMetadata(metadata);
    }

    /** The index after the closing {@code ---} of a header starting at {@code from}, or {@code from} if none. */
    private int header(List<String> lines, int from) {
        if (from >= lines.size() || !isDashes(lines.get(from))) {
            return from;
        }
        for (int j = from + 1; j < lines.size(); j++) {
            String line = lines.get(j);
            if (!line.startsWith(format.comment())) {
                return from;
            }
            if (isDashes(line)) {
                return j + 1;
            }
        }
        return from;
    }

    private boolean isDashes(String line) {
        return line.startsWith(format.comment()) && uncomment(line).strip().equals("---");
    }

    private List<Cell> headerMetadata(List<String> yamlLines, int firstLine, ObjectNode metadata) {
        String yaml = String.join("\n", yamlLines.stream().map(this::uncomment).toList());
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (IOException e) {
            throw new BadInputException("line " + firstLine + ": the header is not valid YAML: "
                    + e.getMessage().lines().findFirst().orElse(""));
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return List.of();
        }
        if (!root.isObject()) {
            throw new BadInputException("line " + firstLine + ": the header must be a YAML mapping");
        }
        JsonNode jupyter = root.get("jupyter");
        if (jupyter instanceof ObjectNode object) {
            ObjectNode jupytextBefore = metadata.get("jupytext") instanceof ObjectNode j ? j : null;
            metadata.setAll(object);
            if (jupytextBefore != null) {
                jupytext(metadata).setAll(jupytextBefore);
            }
            if (metadata.get("jupytext") instanceof ObjectNode jupytext) {
                jupytext.remove("text_representation");
                if (jupytext.isEmpty()) {
                    metadata.remove("jupytext");
                }
            }
        }
        // Other header keys (a document's front matter) become a raw cell, as jupytext keeps them.
        ObjectNode others = ((ObjectNode) root).deepCopy();
        others.remove("jupyter");
        if (others.isEmpty()) {
            return List.of();
        }
        List<String> kept = new ArrayList<>();
        boolean inJupyter = false;
        for (String line : yamlLines) {
            String plain = uncomment(line);
            if (!plain.isEmpty() && !Character.isWhitespace(plain.charAt(0))) {
                inJupyter = plain.matches("^jupyter\\s*:\\s*$");
            }
            if (!inJupyter) {
                kept.add(plain);
            }
        }
        return List.of(Cell.raw("---\n" + String.join("\n", kept) + "\n---"));
    }

    private static ObjectNode jupytext(ObjectNode metadata) {
        return metadata.get("jupytext") instanceof ObjectNode j ? j : metadata.putObject("jupytext");
    }

    private Cell cell(String markerText, int lineNumber, List<String> body) {
        Matcher m = marker.matcher(markerText);
        if (!m.matches()) {
            throw new IllegalStateException("not a marker: " + markerText);
        }
        String options = m.group(2) == null ? "" : m.group(2);
        ObjectNode metadata = JsonNodeFactory.instance.objectNode();
        String type = "code";
        String title;
        Matcher typeMatch = CELL_TYPE.matcher(options);
        int firstMeta = firstMetadataPosition(options);
        if (typeMatch.find() && (firstMeta < 0 || typeMatch.start() < firstMeta)) {
            type = typeMatch.group(1).equals("raw") ? "raw" : "markdown";
            String before = options.substring(0, typeMatch.start()).strip();
            TitleAndMetadata after = titleAndMetadata(options.substring(typeMatch.end()), lineNumber);
            title = (before + " " + after.title()).strip();
            metadata.setAll(after.metadata());
        } else {
            TitleAndMetadata parsed = titleAndMetadata(options, lineNumber);
            title = parsed.title();
            metadata.setAll(parsed.metadata());
        }
        if (!title.isEmpty() && !metadata.has("title")) {
            ObjectNode ordered = JsonNodeFactory.instance.objectNode();
            ordered.put("title", title);
            ordered.setAll(metadata);
            metadata = ordered;
        }
        List<String> source = new ArrayList<>(body.size());
        for (String line : body) {
            source.add(type.equals("code") ? magics.unescapeCode(line) : uncomment(magics.unescapeMarker(line)));
        }
        String text = String.join("\n", source);
        return switch (type) {
            case "markdown" -> Cell.markdown(text).withMetadata(metadata);
            case "raw" -> Cell.raw(text).withMetadata(metadata);
            default -> Cell.code(text).withMetadata(metadata);
        };
    }

    private static int firstMetadataPosition(String options) {
        int brace = options.indexOf('{');
        int equals = options.indexOf('=');
        if (brace < 0) {
            return equals;
        }
        return equals < 0 ? brace : Math.min(brace, equals);
    }

    private record TitleAndMetadata(String title, ObjectNode metadata) {}

    /** jupytext's {@code text_to_metadata(text, allow_title=True)}. */
    private TitleAndMetadata titleAndMetadata(String options, int lineNumber) {
        String text = options.strip();
        int brace = text.indexOf('{');
        int equals = text.indexOf('=');
        if (brace >= 0 && (equals < 0 || brace < equals)) {
            String title = text.substring(0, brace).strip();
            ObjectNode metadata;
            try {
                JsonNode json = JSON.readTree(text.substring(brace));
                metadata = json instanceof ObjectNode object ? object : incorrectlyEncoded(text.substring(brace));
            } catch (IOException e) {
                metadata = incorrectlyEncoded(text.substring(brace));
            }
            return new TitleAndMetadata(title, metadata);
        }
        List<String> words = new ArrayList<>(Arrays.asList((equals >= 0 ? text.substring(0, equals) : text)
                .split(" ", -1)));
        while (!words.isEmpty() && words.get(words.size() - 1).isEmpty()) {
            words.remove(words.size() - 1);
        }
        if (equals >= 0 && !words.isEmpty()) {
            words.remove(words.size() - 1);
        }
        while (!words.isEmpty() && (words.get(words.size() - 1).isBlank()
                || words.get(words.size() - 1).startsWith("."))) {
            words.remove(words.size() - 1);
        }
        String title = String.join(" ", words);
        return new TitleAndMetadata(title, keyValues(text.substring(title.length()), lineNumber));
    }

    /** {@code key=value key2=value2} with JSON values; anything else kept as jupytext keeps it. */
    private static ObjectNode keyValues(String text, int lineNumber) {
        ObjectNode metadata = JsonNodeFactory.instance.objectNode();
        int pos = 0;
        while (true) {
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
            if (pos >= text.length()) {
                return metadata;
            }
            Matcher key = KEY.matcher(text).region(pos, text.length());
            if (!key.lookingAt()) {
                return incorrectlyEncoded(text.strip());
            }
            int end = key.end();
            if (end >= text.length() || text.charAt(end) == ' ') {
                metadata.putNull(key.group());
                pos = end;
                continue;
            }
            if (text.charAt(end) != '=') {
                return incorrectlyEncoded(text.strip());
            }
            String rest = text.substring(end + 1);
            try (JsonParser parser = JSON.createParser(rest)) {
                JsonNode value = JSON.readTree(parser);
                if (value == null) {
                    return incorrectlyEncoded(text.strip());
                }
                metadata.set(key.group(), value);
                pos = end + 1 + (int) parser.currentLocation().getCharOffset();
            } catch (IOException e) {
                return incorrectlyEncoded(text.strip());
            }
        }
    }

    private static ObjectNode incorrectlyEncoded(String text) {
        ObjectNode metadata = JsonNodeFactory.instance.objectNode();
        metadata.put("incorrectly_encoded_metadata", text);
        return metadata;
    }

    private String uncomment(String line) {
        String comment = format.comment();
        if (line.startsWith(comment + " ")) {
            return line.substring(comment.length() + 1);
        }
        if (line.startsWith(comment)) {
            return line.substring(comment.length());
        }
        return line;
    }
}
