package io.huntbook.notebook.report;

import io.huntbook.core.io.AtomicFiles;
import io.huntbook.notebook.Notebook;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The HTML report of a notebook: one self-contained page that works offline (no URL is loaded, and a
 * Content-Security-Policy forbids scripts and remote resources should anything slip through), with a header card
 * (notebook, parameters with secret-looking values masked, status, times, kernel), an error banner linking to the
 * failing cell, rendered markdown and sanitised outputs. The same notebook always gives the same bytes.
 *
 * <pre>{@code
 * String html = HtmlReport.builder().withInput(false).build().render(notebook, "hunt.ipynb");
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class HtmlReport {
    private final boolean withInput;

    private HtmlReport(Builder builder) {
        this.withInput = builder.withInput;
    }

    /** A builder; by default code is hidden, as {@code nbconvert --no-input} does. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether the report shows code cells' source. */
    public boolean withInput() {
        return withInput;
    }

    /** The report, named after {@code metadata.papermill.input_path} (or "Notebook" without one). */
    public String render(Notebook notebook) {
        String name = notebook.papermill().map(p -> p.path("input_path").asText(""))
                .filter(s -> !s.isBlank()).map(s -> Path.of(s).getFileName().toString()).orElse("Notebook");
        return render(notebook, name);
    }

    /** The report of {@code notebook}, titled {@code name} (usually its file name). */
    public String render(Notebook notebook, String name) {
        return new ReportPage(notebook, name, withInput).html();
    }

    /** The report as UTF-8 bytes. */
    public byte[] renderBytes(Notebook notebook, String name) {
        return render(notebook, name).getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the report to {@code target} atomically: a failure leaves any previous file untouched. */
    public void write(Notebook notebook, String name, Path target) {
        AtomicFiles.write(target, renderBytes(notebook, name));
    }

    /** Builds an {@link HtmlReport}. */
    public static final class Builder {
        private boolean withInput;

        private Builder() {}

        /** Show code cells' source ({@code --with-input}); by default it is hidden ({@code --no-input}). */
        public Builder withInput(boolean show) {
            this.withInput = show;
            return this;
        }

        public HtmlReport build() {
            return new HtmlReport(this);
        }
    }
}
