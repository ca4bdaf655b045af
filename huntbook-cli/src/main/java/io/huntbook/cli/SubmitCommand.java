package io.huntbook.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.core.ExitCodes;
import io.huntbook.notebook.params.ParameterJson;
import io.huntbook.notebook.params.ParameterSources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code huntbook submit TEMPLATE -p NAME VALUE ...}: queues a run on the server; prints the run. */
@Command(name = "submit", description = "Queue a run of a template on huntbook serve and print the run (its id,"
        + " state and output path).")
final class SubmitCommand extends Subcommand {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "TEMPLATE", description = "The template name under the server's roots.")
    String template;

    @Option(names = {"-p", "--parameters"}, arity = "2", paramLabel = "NAME VALUE", hideParamSyntax = true,
            description = "A parameter, its value coerced as papermill does (repeatable).")
    List<String> values = new ArrayList<>();

    @Option(names = {"-r", "--parameters-raw"}, arity = "2", paramLabel = "NAME VALUE", hideParamSyntax = true,
            description = "A parameter passed as text (repeatable).")
    List<String> raw = new ArrayList<>();

    @Option(names = {"-f", "--parameters-file"}, paramLabel = "FILE", description = "Parameters from a YAML file.")
    List<Path> files = new ArrayList<>();

    @Option(names = {"-y", "--parameters-yaml"}, paramLabel = "YAML", description = "Parameters as YAML text.")
    List<String> yaml = new ArrayList<>();

    @Option(names = "--identifier", paramLabel = "ID", description = "What the run is about (used in the output name).")
    @Nullable String identifier;

    @Option(names = "--output", paramLabel = "PATH", description = "An output-path template under the server's"
            + " output root (default: the server's naming).")
    @Nullable String output;

    @Option(names = "--idempotency-key", paramLabel = "KEY", description = "Submitting the same key again gives the"
            + " first run instead of a new one.")
    @Nullable String idempotencyKey;

    @Mixin
    ServerClient client = new ServerClient();

    @Override
    protected int execute() {
        // -f < -y < -p < -r, as papermill orders them.
        ParameterSources sources = ParameterSources.create();
        files.forEach(sources::file);
        yaml.forEach(sources::yaml);
        for (int i = 0; i + 1 < values.size(); i += 2) {
            sources.value(values.get(i), values.get(i + 1));
        }
        for (int i = 0; i + 1 < raw.size(); i += 2) {
            sources.raw(raw.get(i), raw.get(i + 1));
        }
        ObjectNode job = MAPPER.createObjectNode();
        job.put("template", template);
        job.set("parameters", ParameterJson.toJson(sources.resolveValues()));
        if (identifier != null) {
            job.put("identifier", identifier);
        }
        if (output != null) {
            job.put("output", output);
        }
        if (idempotencyKey != null) {
            job.put("idempotencyKey", idempotencyKey);
        }
        JsonNode run = client.post("/api/runs", job.toString());
        output().object(run, run.path("id").asText() + " " + run.path("state").asText() + " " + template
                + (run.path("duplicate").asBoolean() ? " (existing run for this idempotency key)" : ""));
        return ExitCodes.OK;
    }
}
