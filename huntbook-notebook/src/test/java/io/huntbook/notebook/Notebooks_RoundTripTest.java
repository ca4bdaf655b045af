package io.huntbook.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.testing.PropertyCheck;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class Notebooks_RoundTripTest {
    static byte[] fixture(String name) {
        try (InputStream in = Notebooks_RoundTripTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aNotebookWrittenByNbformatWritesBackByteForByte() {
        byte[] original = fixture("rich.ipynb");
        Notebook notebook = Notebooks.read(original);
        assertThat(new String(Notebooks.toBytes(notebook), StandardCharsets.UTF_8))
                .isEqualTo(new String(original, StandardCharsets.UTF_8));
    }

    @Test
    void readingJoinsLinesAndKeepsEveryKindOfCellAndOutput() {
        Notebook notebook = Notebooks.read(new ByteArrayInputStream(fixture("rich.ipynb")));
        assertThat(notebook.cells()).extracting(Cell::cellType)
                .containsExactly("markdown", "code", "code", "raw", "code");
        assertThat(notebook.cells()).extracting(Cell::id).containsExactly("md-1", "params", "run", "raw_1", "empty");
        MarkdownCell markdown = (MarkdownCell) notebook.cell(0);
        assertThat(markdown.source()).startsWith("# Hunt — IP context\n\nNon-ASCII: é ü 中文 😀\ttab\r\nwindows line\r");
        assertThat(markdown.attachments().path("img.png").path("text/plain").textValue())
                .isEqualTo("a picture\nof two lines");
        assertThat(notebook.cell(1).tags()).containsExactly("parameters");
        assertThat(notebook.indexOfTag(Cell.PARAMETERS_TAG)).hasValue(1);
        assertThat(notebook.cell(1).papermill().orElseThrow().path("duration").doubleValue()).isEqualTo(0.5);

        CodeCell run = (CodeCell) notebook.cell(2);
        assertThat(run.executionCount()).isEqualTo(3);
        assertThat(run.outputs()).extracting(Output::outputType)
                .containsExactly("stream", "stream", "display_data", "execute_result", "error");
        assertThat(((StreamOutput) run.outputs().get(0)).text()).isEqualTo("hi\nthere\n");
        DisplayData display = (DisplayData) run.outputs().get(2);
        assertThat(display.text("text/html")).hasValue("<b>x</b>\n<i>y</i>");
        assertThat(display.json("application/json").orElseThrow().path("k").size()).isEqualTo(2);
        assertThat(display.metadata().path("image/png").path("width").intValue()).isEqualTo(10);
        ErrorOutput error = (ErrorOutput) run.outputs().get(4);
        assertThat(error.ename()).isEqualTo("IllegalStateException");
        assertThat(error.traceback()).containsExactly("\u001b[31mline 1\u001b[0m", "line 2\nmore");

        assertThat(notebook.kernelspec()).hasValue(Kernelspec.HUNTBOOK);
        assertThat(notebook.language()).hasValue("java");
        assertThat(notebook.metadata().path("custom_tool").path("Émile").textValue()).isEqualTo("café ☕ 😀");
    }

    @Test
    void unknownFieldsEverywhereSurviveARoundTrip() {
        String json = """
                {"nbformat": 4, "nbformat_minor": 5, "x_top": {"b": 1, "a": [true, null]},
                 "metadata": {"vendor": {"deep": [1.5, "é"]}},
                 "cells": [
                  {"cell_type": "code", "id": "c1", "metadata": {"custom": 1}, "source": "x = 1",
                   "execution_count": null, "x_cell": "kept",
                   "outputs": [{"output_type": "stream", "name": "stdout", "text": "a", "x_out": 2},
                               {"output_type": "future_output", "text": ["a\\n", "b"], "payload": {"z": 1}}]},
                  {"cell_type": "widget", "id": "w1", "metadata": {}, "source": ["line 1\\n", "line 2"], "state": 7}
                 ]}
                """;
        Notebook notebook = Notebooks.read(json);
        assertThat(notebook.extra().path("x_top").path("b").intValue()).isEqualTo(1);
        CodeCell code = (CodeCell) notebook.cell(0);
        assertThat(code.extra().path("x_cell").textValue()).isEqualTo("kept");
        assertThat(code.outputs().get(0).extra().path("x_out").intValue()).isEqualTo(2);
        assertThat(code.outputs().get(1)).isInstanceOf(UnrecognizedOutput.class);
        assertThat(code.outputs().get(1).extra().path("text").textValue()).isEqualTo("a\nb");
        assertThat(notebook.cell(1)).isInstanceOf(UnrecognizedCell.class);
        assertThat(notebook.cell(1).source()).isEqualTo("line 1\nline 2");

        JsonNode written = Notebooks.parse(Notebooks.toBytes(notebook));
        assertThat(written.path("x_top")).isEqualTo(notebook.extra().get("x_top"));
        assertThat(written.path("metadata").path("vendor").path("deep").get(1).textValue()).isEqualTo("é");
        JsonNode cell = written.path("cells").get(0);
        assertThat(cell.path("x_cell").textValue()).isEqualTo("kept");
        assertThat(cell.path("source").get(0).textValue()).isEqualTo("x = 1");
        assertThat(cell.path("outputs").get(0).path("x_out").intValue()).isEqualTo(2);
        // nbformat joins the text of an unknown output on read and does not split it again on write.
        assertThat(cell.path("outputs").get(1).path("text").textValue()).isEqualTo("a\nb");
        assertThat(cell.path("outputs").get(1).path("payload").path("z").intValue()).isEqualTo(1);
        JsonNode widget = written.path("cells").get(1);
        assertThat(widget.path("state").intValue()).isEqualTo(7);
        assertThat(widget.path("source").size()).isEqualTo(2);
        // A second round trip changes nothing.
        assertThat(Notebooks.writeString(Notebooks.read(Notebooks.toBytes(notebook))))
                .isEqualTo(Notebooks.writeString(notebook));
    }

    @Test
    void transientFieldsAreDroppedAsNbformatDropsThem() {
        String json = """
                {"nbformat": 4, "nbformat_minor": 5,
                 "metadata": {"signature": "sha256:abc", "orig_nbformat": 3, "keep": 1},
                 "cells": [{"cell_type": "markdown", "id": "m", "metadata": {"trusted": true, "keep": 2}, "source": ""}]}
                """;
        JsonNode written = Notebooks.parse(Notebooks.toBytes(Notebooks.read(json)));
        assertThat(fieldNames(written.path("metadata"))).containsExactly("keep");
        assertThat(fieldNames(written.path("cells").get(0).path("metadata"))).containsExactly("keep");
        assertThat(written.path("cells").get(0).path("source").isArray()).isTrue();
        assertThat(written.path("cells").get(0).path("source").isEmpty()).isTrue();
    }

    @Test
    void anOlderMinorVersionIsUpgradedTo45WithAnIdOnEveryCell() {
        byte[] original = fixture("v44.ipynb");
        Notebook notebook = Notebooks.read(original);
        assertThat(notebook.nbformatMinor()).isEqualTo(5);
        List<String> ids = notebook.cells().stream().map(Cell::id).toList();
        assertThat(ids).allMatch(id -> id.matches("[0-9a-f]{8}")).doesNotHaveDuplicates();

        ObjectNode written = (ObjectNode) Notebooks.parse(Notebooks.toBytes(notebook));
        assertThat(written.path("nbformat_minor").intValue()).isEqualTo(5);
        written.put("nbformat_minor", 4);
        written.path("cells").forEach(cell -> ((ObjectNode) cell).remove("id"));
        assertThat(written).isEqualTo(Notebooks.parse(original));
    }

    @Test
    void missingAndDuplicateIdsOfA45NotebookAreRepairedAsNbformatRepairsThem() {
        String json = """
                {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [
                  {"cell_type": "raw", "id": "same", "metadata": {}, "source": "a"},
                  {"cell_type": "raw", "metadata": {}, "source": "b"},
                  {"cell_type": "raw", "id": "same", "metadata": {}, "source": "c"}]}
                """;
        Notebook notebook = Notebooks.read(json);
        assertThat(notebook.cell(0).id()).isEqualTo("same");
        assertThat(notebook.cell(1).id()).matches("[0-9a-f]{8}");
        assertThat(notebook.cell(2).id()).matches("[0-9a-f]{8}");
        assertThat(notebook.cells().stream().map(Cell::id).collect(Collectors.toSet())).hasSize(3);
    }

    @Test
    void sourceGivenAsOneStringIsWrittenAsLinesAndReadBackTheSame() {
        PropertyCheck.forAll(300, r -> TextGen.any(r, 80), text -> {
            Notebook notebook = Notebook.of(List.of(Cell.code(text), Cell.markdown(text)))
                    .withCell(0, ((CodeCell) Cell.code(text)).withOutput(Output.stream("stdout", text))
                            .withOutput(Output.displayData(textBundle(text))));
            Notebook back = Notebooks.read(Notebooks.toBytes(notebook));
            assertThat(back).isEqualTo(notebook);
        });
    }

    @Test
    void builtNotebooksCarryHuntbooksJavaKernel() {
        Notebook notebook = Notebook.java(List.of(Cell.code("int x = 1;").withTag(Cell.PARAMETERS_TAG)));
        JsonNode written = Notebooks.parse(Notebooks.toBytes(notebook));
        assertThat(written.path("metadata").path("kernelspec").path("name").textValue()).isEqualTo("huntbook");
        assertThat(written.path("metadata").path("kernelspec").path("display_name").textValue())
                .isEqualTo("Java (Huntbook)");
        assertThat(written.path("metadata").path("language_info").path("mimetype").textValue())
                .isEqualTo("text/x-java-source");
        assertThat(written.path("metadata").path("language_info").path("file_extension").textValue()).isEqualTo(".jsh");
        assertThat(written.path("cells").get(0).path("metadata").path("tags").get(0).textValue()).isEqualTo("parameters");
        assertThat(written.path("nbformat_minor").intValue()).isEqualTo(5);
    }

    @Test
    void tagHelpersAddAndRemoveWithoutTouchingTheOriginal() {
        Cell cell = Cell.code("x");
        Cell tagged = cell.withTag("parameters").withTag("a").withTag("parameters");
        assertThat(tagged.tags()).containsExactly("parameters", "a");
        assertThat(tagged.withoutTag("parameters").tags()).containsExactly("a");
        assertThat(tagged.withoutTag("parameters").withoutTag("a").metadata().has("tags")).isFalse();
        assertThat(cell.tags()).isEmpty();
        Cell withPapermill = tagged.editPapermill(p -> p.put("status", "completed"));
        assertThat(withPapermill.papermill().orElseThrow().path("status").textValue()).isEqualTo("completed");
        assertThat(tagged.papermill()).isEmpty();
    }

    private static ObjectNode textBundle(String text) {
        ObjectNode data = Json.object();
        data.put("text/plain", text);
        data.put("image/png", text);
        return data;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new java.util.LinkedHashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
