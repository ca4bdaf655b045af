package io.huntbook.notebook.report;

import io.huntbook.notebook.Cell;
import io.huntbook.notebook.CodeCell;
import io.huntbook.notebook.ErrorOutput;
import io.huntbook.notebook.MarkdownCell;
import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.Output;
import io.huntbook.notebook.RawCell;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Assembles one report page: head with the inline CSS, header card, error banner, cells. */
final class ReportPage {
    /** Cells papermill adds to say where it failed; the report's banner says it instead. */
    static final String PAPERMILL_ERROR_TAG = "papermill-error-cell-tag";

    // Defence in depth: even if markup got past the sanitiser, the page may run no script and load nothing but
    // its own inline styles and data: images.
    static final String CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none';"
            + " form-action 'none'";

    private static final String CSS = loadCss();

    private final Notebook notebook;
    private final String name;
    private final boolean withInput;
    private final RunSummary summary;
    private final ReportCharts charts = new ReportCharts();

    ReportPage(Notebook notebook, String name, boolean withInput) {
        this.notebook = notebook;
        this.name = name;
        this.withInput = withInput;
        this.summary = RunSummary.of(notebook);
    }

    String html() {
        StringBuilder cells = new StringBuilder(8192);
        for (int i = 0; i < notebook.cells().size(); i++) {
            cell(i, cells);
        }
        // charts are drawn by the report's own scripts only, each allowed by its hash; a page without charts runs none
        String csp = charts.any() ? CSP + "; script-src " + String.join(" ", charts.hashes()) : CSP;
        StringBuilder out = new StringBuilder(8192 + cells.length());
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(csp).append("\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Huntbook\">\n")
                .append("<title>").append(Html.escape(name)).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        header(out);
        banner(out);
        out.append("<section class=\"cells\">\n").append(cells).append("</section>\n</main>\n");
        for (String script : charts.scripts()) {
            out.append("<script>").append(script).append("</script>\n");
        }
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private void header(StringBuilder out) {
        out.append("<header class=\"card\">\n<h1>").append(Html.escape(name)).append("</h1>\n<dl class=\"facts\">\n");
        fact(out, "Status", "<span class=\"status status-" + summary.status() + "\">" + summary.status() + "</span>");
        summary.start().ifPresent(v -> fact(out, "Start", Html.escape(v)));
        summary.end().ifPresent(v -> fact(out, "End", Html.escape(v)));
        summary.duration().ifPresent(v -> fact(out, "Duration", Html.escape(v)));
        summary.kernel().ifPresent(v -> fact(out, "Kernel", Html.escape(v)));
        out.append("</dl>\n");
        if (!summary.parameters().isEmpty()) {
            out.append("<table class=\"parameters\">\n<thead><tr><th>Parameter</th><th>Value</th></tr></thead>\n<tbody>\n");
            for (Map.Entry<String, String> p : summary.parameters().entrySet()) {
                String cls = p.getValue().equals(RunSummary.MASK) ? " class=\"masked\"" : "";
                out.append("<tr><td>").append(Html.escape(p.getKey())).append("</td><td").append(cls).append('>')
                        .append(Html.escape(p.getValue())).append("</td></tr>\n");
            }
            out.append("</tbody>\n</table>\n");
        }
        out.append("</header>\n");
    }

    private static void fact(StringBuilder out, String label, String html) {
        out.append("<div><dt>").append(label).append("</dt><dd>").append(html).append("</dd></div>\n");
    }

    private void banner(StringBuilder out) {
        if (!summary.status().equals("failed")) {
            return;
        }
        out.append("<div class=\"banner\" role=\"alert\"><strong>Execution failed</strong>");
        summary.failingCell().ifPresent(index -> {
            Cell cell = notebook.cell(index);
            String where = cell instanceof CodeCell code && code.executionCount() != null
                    ? "cell [" + code.executionCount() + "]" : "cell " + (index + 1);
            out.append(" in <a href=\"#").append(anchor(cell)).append("\">").append(where).append("</a>");
            errorLine(cell).ifPresent(line -> out.append(": <code>").append(Html.escape(line)).append("</code>"));
        });
        out.append("</div>\n");
    }

    private static Optional<String> errorLine(Cell cell) {
        if (cell instanceof CodeCell code) {
            for (Output output : code.outputs()) {
                if (output instanceof ErrorOutput error) {
                    String line = error.ename() + ": " + error.evalue();
                    return Optional.of(line.length() > 300 ? line.substring(0, 300) + "…" : line);
                }
            }
        }
        return Optional.empty();
    }

    /** The anchor of a cell: its nbformat id, which the schema limits to letters, digits, - and _. */
    static String anchor(Cell cell) {
        return "cell-" + cell.id().replaceAll("[^A-Za-z0-9_-]", "_");
    }

    private void cell(int index, StringBuilder out) {
        Cell cell = notebook.cell(index);
        boolean failing = summary.failingCell().map(f -> f == index).orElse(false);
        if (!failing && (cell.hasTag(PAPERMILL_ERROR_TAG) || cell.hasTag(Cell.INJECTED_PARAMETERS_TAG)
                || cell.hasTag("remove-cell"))) {
            return;
        }
        StringBuilder body = new StringBuilder();
        switch (cell) {
            case CodeCell code -> code(code, failing, body);
            case MarkdownCell md -> {
                if (!cell.hasTag("remove-input")) {
                    body.append("<div class=\"markdown\">").append(Markdown.toHtml(md.source(), md.attachments()))
                            .append("</div>\n");
                }
            }
            case RawCell raw -> {
                if (rawIsHtml(raw) && !cell.hasTag("remove-input")) {
                    body.append("<div class=\"raw\">").append(Sanitizer.clean(raw.source(), Sanitizer.Links.WEB))
                            .append("</div>\n");
                }
            }
            default -> { }
        }
        if (body.isEmpty() && !failing) {
            return;
        }
        out.append("<div class=\"cell ").append(cell instanceof CodeCell ? "code" : "text")
                .append(failing ? " failed" : "").append("\" id=\"").append(anchor(cell)).append("\">\n")
                .append(body).append("</div>\n");
    }

    private void code(CodeCell code, boolean failing, StringBuilder body) {
        boolean showSource = withInput && !code.hasTag("remove-input") && !code.hasTag(Cell.INJECTED_PARAMETERS_TAG)
                && !code.hasTag("remove-cell") && !code.metadata().path("jupyter").path("source_hidden").asBoolean(false);
        if (showSource) {
            String prompt = code.executionCount() == null ? " " : String.valueOf(code.executionCount());
            body.append("<div class=\"input\"><div class=\"prompt\">[").append(prompt).append("]</div><pre class=\"source\">")
                    .append(Html.escape(code.source())).append("</pre></div>\n");
        }
        boolean hideOutputs = code.hasTag("remove-output") || code.hasTag("remove-cell")
                || code.hasTag(Cell.INJECTED_PARAMETERS_TAG);
        List<Output> outputs = code.outputs();
        StringBuilder rendered = new StringBuilder();
        for (Output output : outputs) {
            // A failing cell always shows its error, whatever its tags: that is what the banner points at.
            if (hideOutputs && !(failing && output instanceof ErrorOutput)) {
                continue;
            }
            OutputHtml.render(output, charts).ifPresent(html -> rendered.append(html).append('\n'));
        }
        if (!rendered.isEmpty()) {
            body.append("<div class=\"outputs\">\n").append(rendered).append("</div>\n");
        }
    }

    private static boolean rawIsHtml(RawCell raw) {
        String format = raw.metadata().path("format").asText(raw.metadata().path("raw_mimetype").asText(""));
        return format.equals("text/html");
    }

    private static String loadCss() {
        try (InputStream in = ReportPage.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the huntbook-notebook jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report.css", e);
        }
    }
}
