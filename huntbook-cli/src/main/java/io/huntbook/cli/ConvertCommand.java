package io.huntbook.cli;

import io.huntbook.core.BadInputException;
import io.huntbook.core.ExitCodes;
import io.huntbook.core.io.AtomicFiles;
import io.huntbook.notebook.CodeCell;
import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.files.NotebookFiles;
import io.huntbook.notebook.files.NotebookFormat;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code huntbook convert IN OUT}: between {@code .ipynb} and percent-format text notebooks ({@code .jsh},
 * {@code .java}, {@code .py}), formats by extension, {@code -} for stdin or stdout. An {@code .ipynb} input must be
 * valid against its schema; the output is written atomically, so bad input never touches it.
 */
@Command(name = "convert", description = "Convert a notebook between .ipynb and text notebooks (.jsh, .java, .py);"
        + " - is stdin or stdout.")
final class ConvertCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "IN", description = "The notebook to read, or - for standard input.")
    String in;

    @Parameters(index = "1", paramLabel = "OUT", description = "The file to write, or - for standard output.")
    String out;

    @Option(names = "--from", paramLabel = "FORMAT", description = "Format of IN: ipynb, jsh, java or py"
            + " (default: from the extension; standard input starting with '{' is ipynb).")
    @Nullable String from;

    @Option(names = "--to", paramLabel = "FORMAT", description = "Format of OUT: ipynb, jsh, java or py"
            + " (default: from the extension; needed for -).")
    @Nullable String to;

    @Override
    protected int execute() throws Exception {
        NotebookFormat target = target();
        NotebookInput input = NotebookInput.open(in, from, System.in);
        Notebook notebook = NotebookFiles.readValid(input.content(), input.format(), input.name());
        if (target.textFormat().isPresent() && notebook.cells().stream()
                .anyMatch(c -> c instanceof CodeCell code && !code.outputs().isEmpty())) {
            terminal().warn("outputs are not kept in a text notebook (" + out + ")");
        }
        byte[] bytes = NotebookFiles.toBytes(notebook, target);
        if (out.equals("-")) {
            output().bytes(bytes);
        } else {
            AtomicFiles.write(Path.of(out), bytes);
            terminal().progress("wrote " + out);
        }
        return ExitCodes.OK;
    }

    private NotebookFormat target() {
        if (to != null) {
            return NotebookFormat.parse(to);
        }
        if (out.equals("-")) {
            throw new BadInputException("-: give --to " + NotebookFormat.names().replace(", ", "|")
                    + " to write to standard output");
        }
        return NotebookFiles.formatOf(Path.of(out));
    }
}
