package io.huntbook.notebook.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.notebook.Cell;
import io.huntbook.notebook.CodeCell;
import io.huntbook.notebook.Kernelspec;
import io.huntbook.notebook.MarkdownCell;
import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.RawCell;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextNotebooks_PercentFormatTest {
    @Test
    void aJavaNotebookIsWrittenAsJupytextWritesIt() {
        Notebook notebook = Notebook.java(List.of(
                Cell.markdown("# IP context\n\nLooks up an address."),
                Cell.code("String ip = \"203.0.113.7\";\nint days = 2;").withTag("parameters"),
                Cell.code("%maven org.example:lib:1.0\nvar x = lookup(ip);\n").editMetadata(m -> m.put("title", "Look up")),
                Cell.raw("raw text")));
        String text = TextNotebooks.write(notebook, TextFormat.JSH);
        String version = String.valueOf(Runtime.version().feature());
        assertThat(text).isEqualTo("""
                // ---
                // jupyter:
                //   jupytext:
                //     text_representation:
                //       extension: .jsh
                //       format_name: percent
                //       format_version: '1.3'
                //   kernelspec:
                //     display_name: Java (Huntbook)
                //     language: java
                //     name: huntbook
                //   language_info:
                //     file_extension: .jsh
                //     mimetype: text/x-java-source
                //     name: java
                //     version: 'VERSION'
                // ---

                // %% [markdown]
                // # IP context
                //
                // Looks up an address.

                // %% tags=["parameters"]
                String ip = "203.0.113.7";
                int days = 2;

                // %% Look up
                // %maven org.example:lib:1.0
                var x = lookup(ip);


                // %% [raw]
                // raw text
                """.replace("VERSION", version));
        Notebook back = TextNotebooks.read(text, TextFormat.JSH);
        assertThat(back.cells()).extracting(Cell::source).containsExactlyElementsOf(
                notebook.cells().stream().map(Cell::source).toList());
        assertThat(back.cell(2).metadata().path("title").textValue()).isEqualTo("Look up");
        assertThat(back.kernelspec()).hasValue(Kernelspec.HUNTBOOK);
    }

    @Test
    void aPythonFileWrittenByJupytextReadsWithItsKernelTitlesTagsAndMarkdown() {
        String text = """
                # ---
                # jupyter:
                #   jupytext:
                #     formats: ipynb,py:percent
                #     text_representation:
                #       extension: .py
                #       format_name: percent
                #       format_version: '1.3'
                #       jupytext_version: 1.16.1
                #   kernelspec:
                #     display_name: Python 3
                #     language: python
                #     name: python3
                # ---

                # %% [markdown]
                # # Title
                #
                # Some *text*.

                # %% tags=["parameters"]
                ip_address = "203.0.113.7"

                # %% Summary [markdown] tags=["report", "caf\\u00e9"]
                # Done.

                # %%
                # %matplotlib inline
                # !pip list
                print(ip_address)
                """;
        Notebook notebook = TextNotebooks.read(text, TextFormat.PYTHON);
        assertThat(notebook.kernelspec()).hasValue(new Kernelspec("python3", "Python 3", "python"));
        assertThat(notebook.metadata().path("jupytext").path("formats").textValue()).isEqualTo("ipynb,py:percent");
        assertThat(notebook.metadata().path("jupytext").has("text_representation")).isFalse();
        assertThat(notebook.cells()).hasSize(4);
        assertThat(notebook.cell(0)).isInstanceOf(MarkdownCell.class);
        assertThat(notebook.cell(0).source()).isEqualTo("# Title\n\nSome *text*.");
        assertThat(notebook.cell(1)).isInstanceOf(CodeCell.class);
        assertThat(notebook.cell(1).tags()).containsExactly("parameters");
        assertThat(notebook.cell(1).source()).isEqualTo("ip_address = \"203.0.113.7\"");
        assertThat(notebook.cell(2)).isInstanceOf(MarkdownCell.class);
        assertThat(notebook.cell(2).metadata().path("title").textValue()).isEqualTo("Summary");
        assertThat(notebook.cell(2).tags()).containsExactly("report", "café");
        assertThat(notebook.cell(3).source()).isEqualTo("%matplotlib inline\n!pip list\nprint(ip_address)");
        assertThat(notebook.cells()).extracting(Cell::id).doesNotHaveDuplicates();
    }

    @Test
    void aHeaderlessJavaNotebookGetsHuntbooksKernelAndAHeaderlessPythonOneThePythonLanguageOnly() {
        Notebook java = TextNotebooks.read("// %%\nint x = 1;\n", TextFormat.JAVA);
        assertThat(java.kernelspec()).hasValue(Kernelspec.HUNTBOOK);
        assertThat(java.languageInfo().orElseThrow().mimetype()).isEqualTo("text/x-java-source");
        assertThat(java.languageInfo().orElseThrow().fileExtension()).isEqualTo(".jsh");
        assertThat(java.language()).hasValue("java");
        Notebook python = TextNotebooks.read("# %%\nx = 1\n", TextFormat.PYTHON);
        assertThat(python.kernelspec()).isEmpty();
        assertThat(python.language()).hasValue("python");
    }

    @Test
    void linesBeforeTheFirstMarkerAreACodeCellAndJsonMetadataIsAccepted() {
        Notebook notebook = TextNotebooks.read("""
                int a = 1;

                // %% {"tags": ["parameters"], "jupyter": {"source_hidden": true}}
                int b = 2;
                """, TextFormat.JSH);
        assertThat(notebook.cells()).extracting(Cell::source).containsExactly("int a = 1;", "int b = 2;");
        assertThat(notebook.cell(1).tags()).containsExactly("parameters");
        assertThat(notebook.cell(1).metadata().path("jupyter").path("source_hidden").booleanValue()).isTrue();
    }

    @Test
    void linesThatWouldReadAsMarkersOrMagicsSurviveARoundTrip() {
        Notebook notebook = Notebook.java(List.of(
                Cell.code("// %% not a cell\n%%time\n// %maven already commented\n  %jars x.jar"),
                Cell.markdown("%% markdown line\n// %% another\n"),
                Cell.raw("")));
        String text = TextNotebooks.write(notebook, TextFormat.JSH);
        Notebook back = TextNotebooks.read(text, TextFormat.JSH);
        assertThat(back.cells()).hasSize(3);
        assertThat(back.cells()).extracting(Cell::source).containsExactly(
                "// %% not a cell\n%%time\n// %maven already commented\n  %jars x.jar",
                "%% markdown line\n// %% another\n", "");
        assertThat(back.cell(2)).isInstanceOf(RawCell.class);
    }
}
