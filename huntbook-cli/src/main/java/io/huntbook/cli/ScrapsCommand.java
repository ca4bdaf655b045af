package io.huntbook.cli;

import io.huntbook.core.ExitCodes;
import io.huntbook.notebook.files.NotebookFiles;
import io.huntbook.notebook.scraps.Scrap;
import io.huntbook.notebook.scraps.ScrapReport;
import io.huntbook.notebook.scraps.Scraps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.dflib.DataFrame;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code huntbook scraps NB|DIR}: the scraps a notebook recorded, one row per name ({@code name, data, encoder,
 * display}, DESIGN.md §6.A), data and display merged; for a folder, one row per notebook and scrap, with the
 * notebook's name first, like scrapbook's {@code read_notebooks}. A malformed scrap is reported on stderr by name,
 * the others are still listed, and the exit code is 1.
 */
@Command(name = "scraps", description = "List the scraps recorded in a notebook, or in every notebook of a folder.")
final class ScrapsCommand extends Subcommand {
    @Parameters(index = "0", paramLabel = "NB|DIR", description = "A notebook, or a folder of .ipynb notebooks.")
    Path target;

    @Override
    protected int execute() throws IOException {
        boolean folder = Files.isDirectory(target);
        List<Path> notebooks = folder ? notebooksIn(target) : List.of(target);
        List<Object> cells = new ArrayList<>();
        boolean partial = false;
        for (Path file : notebooks) {
            ScrapReport report = Scraps.read(NotebookFiles.read(file));
            for (String problem : report.problems()) {
                terminal().warn(file + ": " + problem);
                partial = true;
            }
            for (Scrap scrap : report.scraps()) {
                if (folder) {
                    cells.add(file.getFileName().toString().replaceFirst("\\.ipynb$", ""));
                }
                cells.add(scrap.name());
                cells.add(scrap.data());
                cells.add(scrap.encoder());
                cells.add(scrap.display());
            }
        }
        String[] columns = folder ? new String[] {"notebook", "name", "data", "encoder", "display"}
                : new String[] {"name", "data", "encoder", "display"};
        output().table(DataFrame.foldByRow(columns).of(cells.toArray()));
        return partial ? ExitCodes.FAILED : ExitCodes.OK;
    }

    private static List<Path> notebooksIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".ipynb") && Files.isRegularFile(p))
                    .sorted().toList();
        }
    }
}
