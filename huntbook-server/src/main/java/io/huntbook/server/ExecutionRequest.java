package io.huntbook.server;

import io.huntbook.notebook.Notebook;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * One notebook to execute.
 *
 * @param runId the run's id (for logs)
 * @param notebook the notebook with its parameters injected
 * @param inputPath recorded as {@code metadata.papermill.input_path}
 * @param outputPath recorded as {@code metadata.papermill.output_path}
 * @param workFile where the notebook is autosaved while it runs
 * @param workingDirectory the notebook's working directory (its template's folder)
 * @param runTimeout how long the whole run may take, or null
 * @param cancelled turns true when the run should stop
 */
public record ExecutionRequest(String runId, Notebook notebook, String inputPath, String outputPath, Path workFile,
                               Path workingDirectory, @Nullable Duration runTimeout, BooleanSupplier cancelled) {}
