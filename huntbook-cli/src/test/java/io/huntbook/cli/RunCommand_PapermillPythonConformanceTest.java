package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.huntbook.testing.ConformanceTest;
import io.huntbook.testing.ExternalPrograms;
import io.huntbook.testing.SystemTest;
import io.huntbook.testing.TestData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code huntbook run} of papermill's reference inputs on Debian's ipykernel gives what papermill 2.6 gave
 * ({@code papermill/executed/}): the same exit code, cells, tags, execution counts, cell statuses, outputs (error
 * names and values; stream and result text) and run metadata. Times, ids and tracebacks' colouring are set aside.
 */
@SystemTest
@ConformanceTest
class RunCommand_PapermillPythonConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static Stream<Arguments> references() {
        return Stream.of(
                Arguments.of("error.ipynb", List.of("-p", "x", "5"), 1),
                Arguments.of("ip_context.ipynb", List.of("-p", "ip_address", "203.0.113.7"), 0));
    }

    @ParameterizedTest
    @MethodSource("references")
    void theRunMatchesPapermillsExecutedNotebook(String name, List<String> parameters, int exitCode)
            throws Exception {
        ExternalPrograms.requirePythonModule("ipykernel", "python3-ipykernel");
        Path out = dir.resolve(name);
        List<String> args = new ArrayList<>(List.of("run", TestData.path("papermill/" + name).toString(),
                out.toString(), "--no-progress-bar"));
        args.addAll(parameters);

        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        JsonNode ours = JSON.readTree(out.toFile());
        JsonNode theirs = JSON.readTree(TestData.path("papermill/executed/" + name).toFile());
        assertThat(shape(ours)).isEqualTo(shape(theirs));
        assertThat(ours.path("metadata").path("papermill").path("parameters"))
                .isEqualTo(theirs.path("metadata").path("papermill").path("parameters"));
        assertThat(ours.path("metadata").path("papermill").path("exception"))
                .isEqualTo(theirs.path("metadata").path("papermill").path("exception"));
        assertThat(ours.path("metadata").path("language_info").path("name").asText()).isEqualTo("python");
    }

    /** What a reader compares: per cell its type, tags, source, count, papermill status and outputs' content. */
    private static List<String> shape(JsonNode notebook) {
        List<String> lines = new ArrayList<>();
        for (JsonNode cell : notebook.path("cells")) {
            JsonNode papermill = cell.path("metadata").path("papermill");
            StringBuilder line = new StringBuilder(cell.path("cell_type").asText()).append(" tags=")
                    .append(cell.path("metadata").path("tags")).append(" count=").append(cell.path("execution_count"))
                    .append(" status=").append(papermill.path("status").asText())
                    .append(" exception=").append(papermill.path("exception"))
                    .append(" source=").append(source(cell.path("source")));
            for (JsonNode output : cell.path("outputs")) {
                line.append(" | ").append(output.path("output_type").asText()).append(' ')
                        .append(source(output.path("text"))).append(source(output.path("data").path("text/plain")))
                        .append(output.path("ename").asText()).append(' ').append(output.path("evalue").asText());
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static String source(JsonNode text) {
        if (text.isArray()) {
            StringBuilder joined = new StringBuilder();
            text.forEach(part -> joined.append(part.asText()));
            return joined.toString();
        }
        return text.asText();
    }
}
