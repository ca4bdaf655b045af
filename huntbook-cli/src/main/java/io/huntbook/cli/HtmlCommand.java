package io.huntbook.cli;

import io.huntbook.core.BadInputException;
import io.huntbook.core.ExitCodes;
import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.files.NotebookFiles;
import io.huntbook.notebook.report.HtmlReport;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code huntbook html NB [-o OUT.html] [--no-input|--with-input]}: the self-contained, offline HTML report of a
 * notebook; without {@code -o} it goes to standard output. The file is written atomically.
 */
@Command(name = "html", description = "Write the HTML report of a notebook: one offline page with a header card,"
        + " an error banner, markdown and sanitised outputs; code is hidden unless --with-input.")
final class HtmlCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "NB", description = "The notebook (.ipynb or a text notebook), or - for"
            + " standard input.")
    String notebook;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.html", description = "The report file (default: standard"
            + " output).")
    @Nullable Path out;

    @ArgGroup(exclusive = true)
    @Nullable InputChoice input;

    static final class InputChoice {
        @Option(names = "--no-input", description = "Hide code cells' source (the default).")
        boolean noInput;

        @Option(names = "--with-input", description = "Show code cells' source.")
        boolean withInput;
    }

    @Override
    protected int execute() throws Exception {
        if (out != null) {
            String file = String.valueOf(out.getFileName()).toLowerCase(Locale.ROOT);
            if (!file.endsWith(".html") && !file.endsWith(".htm")) {
                throw new BadInputException(out + ": the report is HTML; give -o a file ending in .html");
            }
        }
        NotebookInput in = NotebookInput.open(notebook, null, System.in);
        Notebook nb = NotebookFiles.read(in.content(), in.format(), in.name());
        String name = notebook.equals("-") ? "Notebook" : String.valueOf(Path.of(notebook).getFileName());
        HtmlReport report = HtmlReport.builder().withInput(input != null && input.withInput).build();
        if (out == null) {
            output().bytes(report.renderBytes(nb, name));
        } else {
            report.write(nb, name, out);
            terminal().progress("wrote " + out);
        }
        return ExitCodes.OK;
    }
}
