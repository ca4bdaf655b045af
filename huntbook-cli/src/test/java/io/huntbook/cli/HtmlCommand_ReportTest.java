package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code huntbook html NB [-o OUT.html] [--no-input|--with-input]}. */
class HtmlCommand_ReportTest {
    private static final String NOTEBOOK = """
            {"nbformat": 4, "nbformat_minor": 5,
             "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
                          "papermill": {"exception": true, "parameters": {"client_secret": "s3cr3t-value"}}},
             "cells": [
              {"id": "a1", "cell_type": "code", "execution_count": 1, "metadata": {}, "source": "print('hi')",
               "outputs": [{"output_type": "stream", "name": "stdout", "text": "hi\\n"}]},
              {"id": "b2", "cell_type": "code", "execution_count": 2, "metadata": {}, "source": "1/0",
               "outputs": [{"output_type": "error", "ename": "ZeroDivisionError", "evalue": "division by zero",
                            "traceback": ["ZeroDivisionError: division by zero"]}]}
             ]}
            """;

    private static Path notebook(Path dir) throws Exception {
        Path nb = dir.resolve("hunt.ipynb");
        Files.writeString(nb, NOTEBOOK, StandardCharsets.UTF_8);
        return nb;
    }

    @Test
    void writesTheReportFileWithoutCodeByDefault(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("r.html");
        CliRun run = CliRun.of("html", notebook(dir).toString(), "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = Files.readString(out);
        assertThat(html).contains("<title>hunt.ipynb</title>").contains("href=\"#cell-b2\"")
                .contains("id=\"cell-b2\"").contains("hi").doesNotContain("print(&#39;hi&#39;)")
                .doesNotContain("s3cr3t-value");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void withInputShowsCodeAndWithoutOutputGoesToStdout(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("html", notebook(dir).toString(), "--with-input");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("<!DOCTYPE html>").contains("print(&#39;hi&#39;)");
    }

    @Test
    void noInputAndWithInputTogetherAreRefused(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("html", notebook(dir).toString(), "--no-input", "--with-input");
        assertThat(run.exitCode()).isEqualTo(2);
    }

    @Test
    void aNonHtmlOutputIsBadInputAndWritesNothing(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("r.png");
        CliRun run = CliRun.of("html", notebook(dir).toString(), "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(".html");
        assertThat(out).doesNotExist();
    }

    @Test
    void aBrokenNotebookIsBadInputAndWritesNothing(@TempDir Path dir) throws Exception {
        Path nb = dir.resolve("broken.ipynb");
        Files.writeString(nb, "{\"cells\": [");
        Path out = dir.resolve("r.html");
        CliRun run = CliRun.of("html", nb.toString(), "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(out).doesNotExist();
    }
}
