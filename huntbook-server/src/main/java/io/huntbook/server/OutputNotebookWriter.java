package io.huntbook.server;

import io.huntbook.core.io.AtomicFiles;
import io.huntbook.notebook.Notebooks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The default completion: the output notebook, written atomically under the output root at the run's path. */
final class OutputNotebookWriter implements RunCompletionHandler {
    private final Path outputRoot;

    OutputNotebookWriter(Path outputRoot) {
        this.outputRoot = outputRoot.toAbsolutePath().normalize();
    }

    @Override
    public Completion completed(FinishedRun run) {
        Path target = OutputLocations.resolve(outputRoot, run.run().outputPath());
        try {
            Files.createDirectories(target.getParent());
            AtomicFiles.write(target, Notebooks.toBytes(run.notebook()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the output notebook " + target + ": " + e.getMessage(), e);
        }
        return Completion.of(target.toUri().toString());
    }
}
