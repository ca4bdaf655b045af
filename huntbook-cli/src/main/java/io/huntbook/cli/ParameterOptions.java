package io.huntbook.cli;

import io.huntbook.notebook.params.ParameterSources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Papermill's parameter options, shared by every command that takes parameters. Their precedence is fixed
 * ({@code -b} &lt; {@code -f} &lt; {@code -y} &lt; {@code -p} &lt; {@code -r}) whatever their order on the line.
 */
public final class ParameterOptions {
    @Option(names = {"-p", "--parameters"}, arity = "2", paramLabel = "NAME VALUE", hideParamSyntax = true,
            description = "A parameter, read as papermill does: True, False, None, numbers (1_000, nan, inf, 1e3), "
                    + "else a string.")
    List<String> values = new ArrayList<>();

    @Option(names = {"-r", "--parameters_raw", "--parameters-raw"}, arity = "2", paramLabel = "NAME VALUE", hideParamSyntax = true,
            description = "A parameter passed as text (converted to the declared type in Java notebooks).")
    List<String> raws = new ArrayList<>();

    @Option(names = {"-f", "--parameters_file", "--parameters-file"}, paramLabel = "FILE",
            description = "A YAML (or JSON) file of parameters.")
    List<Path> files = new ArrayList<>();

    @Option(names = {"-y", "--parameters_yaml", "--parameters-yaml"}, paramLabel = "YAML",
            description = "Parameters as YAML text.")
    List<String> yaml = new ArrayList<>();

    @Option(names = {"-b", "--parameters_base64", "--parameters-base64"}, paramLabel = "BASE64",
            description = "Parameters as base64-encoded YAML.")
    List<String> base64 = new ArrayList<>();

    @Option(names = "--inject-input-path", description = "Inject the input path as parameter PAPERMILL_INPUT_PATH.")
    boolean injectInputPath;

    @Option(names = "--inject-output-path", description = "Inject the output path as parameter PAPERMILL_OUTPUT_PATH.")
    boolean injectOutputPath;

    @Option(names = "--inject-paths", description = "Both --inject-input-path and --inject-output-path.")
    boolean injectPaths;

    /** The sources given, for a notebook read from {@code input} and written to {@code output}. */
    public ParameterSources sources(String input, String output) {
        ParameterSources sources = ParameterSources.create();
        if (injectInputPath || injectPaths) {
            sources.injectInputPath(input);
        }
        if (injectOutputPath || injectPaths) {
            sources.injectOutputPath(output);
        }
        base64.forEach(sources::base64);
        files.forEach(sources::file);
        yaml.forEach(sources::yaml);
        for (int i = 0; i + 1 < values.size(); i += 2) {
            sources.value(values.get(i), values.get(i + 1));
        }
        for (int i = 0; i + 1 < raws.size(); i += 2) {
            sources.raw(raws.get(i), raws.get(i + 1));
        }
        return sources;
    }
}
