package io.huntbook.notebook.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.core.BadInputException;
import io.huntbook.notebook.Cell;
import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.Notebooks;
import java.util.List;
import org.junit.jupiter.api.Test;

class NotebookParameters_InjectionTest {
    private static final String NOTEBOOK = """
            {"cells": [
              {"cell_type": "markdown", "id": "m1", "metadata": {}, "source": "# T"},
              {"cell_type": "code", "id": "p1", "metadata": {"tags": ["parameters"],
                 "huntbook": {"allow_secret": ["api_token"]}}, "outputs": [], "execution_count": null,
               "source": "days: int = 2  # look-back\\npassword = ''\\napi_token = ''\\n"},
              {"cell_type": "code", "id": "c1", "metadata": {"jupyter": {"outputs_hidden": true}}, "outputs": [],
               "execution_count": null, "source": "print(days)"},
              {"cell_type": "markdown", "id": "e1", "metadata": {"tags": ["papermill-error-cell-tag"]},
               "source": "error marker"}
            ],
             "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
             "nbformat": 4, "nbformat_minor": 5}
            """;

    private static Prepared prepare(String json, ParameterSources sources, boolean report) {
        return NotebookParameters.prepare(Notebooks.read(json), sources.resolve(),
                new PrepareRequest("in.ipynb", "out.ipynb", report, null, "0.1.0"));
    }

    @Test
    void injectedAfterTheParametersCellWithPapermillMetadata() {
        Prepared prepared = prepare(NOTEBOOK, ParameterSources.create().value("days", "7"), false);
        Notebook nb = prepared.notebook();
        assertThat(nb.cells()).extracting(Cell::id).startsWith("m1", "p1").endsWith("c1").hasSize(4);
        Cell injected = nb.cell(2);
        assertThat(injected.tags()).containsExactly("injected-parameters");
        assertThat(injected.source()).isEqualTo("# Parameters\ndays = 7\n");
        assertThat(injected.metadata().has("papermill")).isFalse();
        assertThat(nb.cell(0).metadata().toString()).isEqualTo("{\"tags\":[],\"papermill\":{}}");
        assertThat(nb.papermill().orElseThrow().toString()).isEqualTo("{\"default_parameters\":{},\"parameters\":"
                + "{\"days\":7},\"environment_variables\":{},\"version\":\"0.1.0\",\"input_path\":\"in.ipynb\","
                + "\"output_path\":\"out.ipynb\"}");
        assertThat(prepared.warnings()).isEmpty();
    }

    @Test
    void reinjectionReplacesTheInjectedCellInPlace() {
        Notebook once = prepare(NOTEBOOK, ParameterSources.create().value("days", "7"), false).notebook();
        Notebook twice = NotebookParameters.prepare(once, ParameterSources.create().value("days", "9").resolve(),
                new PrepareRequest("a", "b", false, null, "x")).notebook();
        assertThat(twice.cells()).hasSize(4);
        assertThat(twice.cell(2).source()).isEqualTo("# Parameters\ndays = 9\n");
        assertThat(twice.cell(2).id()).isNotEqualTo(once.cell(2).id());
        assertThat(twice.papermill().orElseThrow().get("version").asText()).isEqualTo("0.1.0");
    }

    @Test
    void withoutAParametersCellTheValuesGoFirstWithAWarning() {
        String json = NOTEBOOK.replace("\"tags\": [\"parameters\"],", "");
        Prepared prepared = prepare(json, ParameterSources.create().value("x", "1"), false);
        assertThat(prepared.notebook().cell(0).tags()).containsExactly("injected-parameters");
        assertThat(prepared.warnings()).singleElement().asString().contains("no cell tagged 'parameters'");
    }

    @Test
    void reportModeHidesCodeSourcesAndKeepsOtherJupyterMetadata() {
        Notebook nb = prepare(NOTEBOOK, ParameterSources.create().value("days", "3"), true).notebook();
        assertThat(nb.cell(0).metadata().has("jupyter")).isFalse();
        assertThat(nb.cell(1).metadata().path("jupyter").path("source_hidden").asBoolean()).isTrue();
        assertThat(nb.cell(2).metadata().path("jupyter").path("source_hidden").asBoolean()).isTrue();
        assertThat(nb.cell(3).metadata().get("jupyter").toString())
                .isEqualTo("{\"outputs_hidden\":true,\"source_hidden\":true}");
    }

    @Test
    void warningsForUnknownParametersContradictionsAndSecrets() {
        Prepared prepared = prepare(NOTEBOOK, ParameterSources.create().raw("days", "7").value("dayz", "1")
                .value("password", "hunter2").value("api_token", "allowed-by-template"), false);
        assertThat(prepared.warnings()).hasSize(3);
        assertThat(prepared.warnings().get(0)).isEqualTo(
                "passed unknown parameter 'dayz': the parameters cell does not declare it");
        assertThat(prepared.warnings().get(1)).startsWith("parameter 'days' is annotated int but gets a str");
        assertThat(prepared.warnings().get(2)).startsWith("parameter 'password' looks like a secret")
                .doesNotContain("hunter2");
    }

    @Test
    void nanAndInfinityAreWrittenAsPythonsJsonAndReadBack() {
        Notebook nb = prepare(NOTEBOOK, ParameterSources.create().value("days", "nan").value("x", "-inf"), false)
                .notebook();
        String text = Notebooks.writeString(nb);
        assertThat(text).contains("\"days\": NaN", "\"x\": -Infinity");
        var back = ParameterJson.fromJson(Notebooks.read(text).papermill().orElseThrow().get("parameters"));
        assertThat((Double) back.get("days")).isNaN();
        assertThat(back.get("x")).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void languageComesFromTheOverrideThenLanguageInfoThenKernelspec() {
        Notebook nb = Notebooks.read(NOTEBOOK);
        assertThat(NotebookParameters.language(nb, null)).isEqualTo(KernelLanguage.PYTHON);
        assertThat(NotebookParameters.language(nb, "java")).isEqualTo(KernelLanguage.JAVA);
        assertThatThrownBy(() -> NotebookParameters.language(nb, "cobol")).isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("no parameter translator for language 'cobol' (-l)");
        Notebook sql = Notebooks.read(NOTEBOOK.replace("\"language\": \"python\"", "\"language\": \"sql\""));
        assertThatThrownBy(() -> prepare(Notebooks.writeString(sql), ParameterSources.create().value("x", "1"), false))
                .isInstanceOf(BadInputException.class).hasMessageContaining("'sql'");
        assertThat(prepare(Notebooks.writeString(sql), ParameterSources.create(), false).warnings()).isEmpty();
    }

    @Test
    void secretValuesInKnownFormatsAreFoundWhateverTheName() {
        assertThat(SecretCheck.findings(java.util.Map.of("x", "AKIAIOSFODNN7EXAMPLE"), java.util.Set.of()))
                .singleElement().asString().contains("format of a key").doesNotContain("AKIA");
        assertThat(SecretCheck.isSecretName("clientSecret")).isTrue();
        assertThat(SecretCheck.isSecretName("db-password")).isTrue();
        assertThat(SecretCheck.isSecretName("ip_address")).isFalse();
        assertThat(SecretCheck.isSecretName("monkey")).isFalse();
        assertThat(SecretCheck.findings(java.util.Map.of("token", ""), java.util.Set.of())).isEmpty();
    }
}
