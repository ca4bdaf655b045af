package io.huntbook.cli;

import io.huntbook.core.BadInputException;
import io.huntbook.core.ExitCodes;
import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.files.NotebookFiles;
import io.huntbook.notebook.params.DeclaredParameter;
import io.huntbook.notebook.params.NotebookParameters;
import java.nio.file.Path;
import java.util.List;
import org.dflib.DataFrame;
import org.dflib.builder.DataFrameArrayAppender;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code huntbook params NB}: the parameters a notebook declares, one row each: name, type, default, help. */
@Command(name = "params", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, description = "List the parameters a notebook's 'parameters' cell declares.")
final class ParamsCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "NOTEBOOK", description = "The notebook (.ipynb, .jsh, .java, .py).")
    Path notebook;

    @Option(names = {"-l", "--language"}, paramLabel = "LANGUAGE",
            description = "The notebook's language, overriding its metadata.")
    @Nullable String language;

    @Override
    protected int execute() {
        Notebook nb = NotebookFiles.read(notebook);
        if (NotebookParameters.parametersCell(nb).isEmpty()) {
            throw new BadInputException(notebook + " has no cell tagged 'parameters': tag the cell that sets the"
                    + " defaults 'parameters'");
        }
        List<DeclaredParameter> declared = NotebookParameters.declared(nb, NotebookParameters.language(nb, language));
        DataFrameArrayAppender rows = DataFrame.byArrayRow("name", "type", "default", "help").appender();
        for (DeclaredParameter p : declared) {
            rows.append(p.name(), p.type(), p.defaultValue(), p.help());
        }
        output().table(rows.toDataFrame());
        return ExitCodes.OK;
    }
}
