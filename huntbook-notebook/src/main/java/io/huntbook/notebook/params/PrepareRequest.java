package io.huntbook.notebook.params;

import org.jspecify.annotations.Nullable;

/**
 * How to prepare a notebook, as {@code huntbook run} and papermill's {@code --prepare-only} take it.
 *
 * @param inputPath the input path as given, recorded in {@code metadata.papermill.input_path}
 * @param outputPath the output path as given, recorded in {@code metadata.papermill.output_path}
 * @param reportMode hide the source of code cells ({@code metadata.jupyter.source_hidden})
 * @param language {@code -l}, or null to take the notebook's own
 * @param version the version recorded in {@code metadata.papermill.version} for a notebook that has none
 */
public record PrepareRequest(String inputPath, String outputPath, boolean reportMode, @Nullable String language,
        String version) {}
