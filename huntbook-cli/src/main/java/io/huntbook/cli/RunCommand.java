package io.huntbook.cli;

import io.huntbook.core.BadInputException;
import io.huntbook.core.ExitCodes;
import io.huntbook.core.config.ConfigSource;
import io.huntbook.kernel.java.JavaEngine;
import io.huntbook.notebook.Notebook;
import io.huntbook.core.io.AtomicFiles;
import io.huntbook.notebook.files.NotebookFiles;
import io.huntbook.notebook.files.NotebookFormat;
import io.huntbook.notebook.params.DeclaredParameter;
import io.huntbook.notebook.params.NotebookParameters;
import io.huntbook.notebook.params.ParameterInspector;
import io.huntbook.notebook.params.PrepareRequest;
import io.huntbook.notebook.params.Prepared;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code huntbook run IN OUT}: papermill's command line. With {@code --prepare-only} it injects the parameters and
 * writes the notebook; running it is the engine's part.
 */
@Command(name = "run", sortOptions = false, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run a notebook with parameters, as papermill does (--prepare-only: inject, do not run).")
final class RunCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "NOTEBOOK_PATH", description = "The notebook to run (.ipynb, .jsh, .java, .py).")
    Path input;

    @Parameters(index = "1", arity = "0..1", paramLabel = "OUTPUT_PATH",
            description = "Where to write the result ('-' for stdout).")
    @Nullable String output;

    @Mixin
    RunOptions options = new RunOptions();

    @Override
    protected int execute() {
        if (options.helpNotebook()) {
            return helpNotebook();
        }
        if (output == null) {
            throw new BadInputException("give OUTPUT_PATH after NOTEBOOK_PATH ('-' writes to stdout)");
        }
        Path configFile = CliConfig.source(global()).map(ConfigSource::file).orElse(null);
        Notebook notebook = NotebookExecution.read(input);
        if (!options.prepareOnly() && NotebookExecution.jupyterKernel(notebook, options) == null) {
            // The engine's start-up (mostly the compiler's warm-up) overlaps preparing the notebook; only for the
            // built-in engine, so a Python run never pays for a Java agent it does not use.
            JavaEngine.startEarly(NotebookExecution.engineOptions(options, configFile));
        }
        var supplied = options.parameters().sources(input.toString(), output).resolve();
        output = NotebookExecution.outputPath(output, input.toString(), supplied);
        Prepared prepared = NotebookParameters.prepare(notebook, supplied,
                new PrepareRequest(input.toString(), output, options.reportMode(), options.language(), version()));
        report(prepared.warnings(), options.strict());
        if (!options.prepareOnly()) {
            return NotebookExecution.execute(prepared.notebook(), input.toString(), output, options, configFile,
                    terminal());
        }
        write(prepared.notebook());
        return ExitCodes.OK;
    }

    private void write(Notebook notebook) {
        if (output.equals("-")) {
            output().bytes(NotebookFiles.toBytes(notebook, NotebookFormat.IPYNB));
        } else {
            // Like papermill, any other name gets an .ipynb; a text-notebook extension gets that format.
            Path file = Path.of(output);
            AtomicFiles.write(file, NotebookFiles.toBytes(notebook, NotebookFormat.ofFile(file).orElse(NotebookFormat.IPYNB)));
        }
    }

    /** Warnings on stderr; with {@code --strict}, the first refuses the run before anything is written. */
    private void report(List<String> warnings, boolean strict) {
        if (strict && !warnings.isEmpty()) {
            throw new BadInputException(warnings.get(0) + " (refused because of --strict)");
        }
        warnings.forEach(terminal()::warn);
    }

    /** papermill's {@code --help-notebook}: the declared parameters, one line each. */
    private int helpNotebook() {
        Notebook notebook = NotebookFiles.read(input);
        StringBuilder text = new StringBuilder("Usage: huntbook run [OPTIONS] NOTEBOOK_PATH [OUTPUT_PATH]\n\n")
                .append("Parameters inferred for notebook '").append(input).append("':\n");
        if (NotebookParameters.parametersCell(notebook).isEmpty()) {
            terminal().out().print(text.append("\n  No cell tagged 'parameters'\n"));
            terminal().out().flush();
            return ExitCodes.FAILED;
        }
        List<DeclaredParameter> declared = NotebookParameters.declared(notebook,
                NotebookParameters.language(notebook, options.language()));
        if (declared.isEmpty()) {
            text.append("\n  Can't infer anything about this notebook's parameters. It may not have any parameter"
                    + " defined.\n");
        } else {
            text.append(ParameterInspector.helpText(declared));
        }
        terminal().out().print(text);
        terminal().out().flush();
        return ExitCodes.OK;
    }

    static String version() {
        try {
            String first = new VersionProvider().getVersion()[0];
            return first.substring("huntbook ".length());
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
