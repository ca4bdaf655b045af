package io.huntbook.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.core.ExitCodes;
import io.huntbook.core.table.TableFormat;
import io.huntbook.notebook.NotebookProblem;
import io.huntbook.notebook.NotebookValidator;
import io.huntbook.notebook.Notebooks;
import io.huntbook.notebook.files.NotebookFiles;
import io.huntbook.notebook.files.NotebookFormat;
import java.util.List;
import org.dflib.DataFrame;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code huntbook validate NB}: checks a notebook against the official nbformat schema of its own minor version.
 * Valid: exit 0. Invalid: the problems on stdout (a table, or JSON with {@code --json}), one line naming the file,
 * cell and field on stderr, exit 2.
 */
@Command(name = "validate", description = "Check a notebook (.ipynb, .jsh, .java, .py, or - for stdin) against the"
        + " nbformat schema of its own version.")
final class ValidateCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "NB", description = "The notebook, or - for standard input.")
    String notebook;

    @Option(names = "--from", paramLabel = "FORMAT", description = "Format of NB: ipynb, jsh, java or py"
            + " (default: from the extension; standard input starting with '{' is ipynb).")
    @Nullable String from;

    @Override
    protected int execute() throws Exception {
        NotebookInput input = NotebookInput.open(notebook, from, System.in);
        List<NotebookProblem> problems = NotebookFiles.validate(input.content(), input.format(), input.name());
        String version = version(input);
        TableFormat format = global().format();
        if (format == TableFormat.JSON || format == TableFormat.JSONL || problems.isEmpty()) {
            output().object(report(input.name(), version, problems), input.name() + ": valid nbformat " + version
                    + " notebook");
        } else {
            output().table(table(problems));
        }
        if (!problems.isEmpty()) {
            throw NotebookFiles.invalid(input.name(), problems);
        }
        return ExitCodes.OK;
    }

    /** The version whose schema was used: the notebook's own for .ipynb, 4.5 for text notebooks. */
    private static String version(NotebookInput input) {
        if (input.format() != NotebookFormat.IPYNB) {
            return "4.5";
        }
        int minor = Notebooks.parse(input.content()).path("nbformat_minor").asInt(0);
        return "4." + NotebookValidator.schemaMinor(minor);
    }

    private static ObjectNode report(String name, String version, List<NotebookProblem> problems) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("file", name);
        json.put("valid", problems.isEmpty());
        json.put("schema", "nbformat " + version);
        ArrayNode list = json.putArray("problems");
        for (NotebookProblem problem : problems) {
            ObjectNode row = list.addObject();
            if (problem.cellIndex() == null) {
                row.putNull("cell");
            } else {
                row.put("cell", problem.cellIndex());
            }
            row.put("id", problem.cellId());
            row.put("field", problem.field());
            row.put("message", problem.message());
        }
        return json;
    }

    private static DataFrame table(List<NotebookProblem> problems) {
        return DataFrame.foldByRow("cell", "id", "field", "message").of(problems.stream()
                .flatMap(p -> java.util.stream.Stream.of((Object) p.cellIndex(), p.cellId(), p.field(), p.message()))
                .toArray());
    }
}
