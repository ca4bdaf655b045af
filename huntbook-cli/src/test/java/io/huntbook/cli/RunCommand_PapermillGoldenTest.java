package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.notebook.Cell;
import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.Notebooks;
import io.huntbook.notebook.params.NotebookParameters;
import io.huntbook.testing.ConformanceTest;
import io.huntbook.testing.ExternalPrograms;
import io.huntbook.testing.SystemTest;
import io.huntbook.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code huntbook run IN OUT --prepare-only} against every notebook papermill 2.6 prepared
 * ({@code papermill/prepared/}), with the arguments from that folder's README: the written file is papermill's, byte
 * for byte, once the injected cell's random id, the recorded paths and the version are set aside.
 */
@ConformanceTest
class RunCommand_PapermillGoldenTest {
    @TempDir
    Path dir;

    static Stream<Arguments> goldens() {
        return Stream.of(
                Arguments.of("ip_context.p_basic.ipynb", "ip_context.ipynb", List.of("-p", "ip_address", "203.0.113.7",
                        "-p", "days", "7", "-p", "threshold", "0.25", "-p", "verbose", "True", "-p", "ws_name", "None")),
                Arguments.of("ip_context.p_coercion.ipynb", "ip_context.ipynb", List.of("-p", "days", "1_000",
                        "-p", "threshold", "nan", "-p", "ws_name", "true", "-p", "ip_address", " 7 ", "-p", "verbose", "inf")),
                Arguments.of("ip_context.r_raw.ipynb", "ip_context.ipynb", List.of("-r", "days", "7", "-r", "verbose", "True")),
                Arguments.of("ip_context.f_yaml.ipynb", "ip_context.ipynb", List.of("-f", "@params.yaml")),
                Arguments.of("ip_context.y_inline.ipynb", "ip_context.ipynb",
                        List.of("-y", "ip_address: \"quote \\\" back\\\\\\\\slash\\nnewline é€😀\"")),
                Arguments.of("ip_context.precedence.ipynb", "ip_context.ipynb", List.of("-f", "@params.yaml",
                        "-y", "ip_address: from-y", "-p", "ip_address", "from-p", "-r", "days", "9")),
                Arguments.of("no_params.p.ipynb", "no_params.ipynb", List.of("-p", "x", "1")),
                Arguments.of("ip_context.report.ipynb", "ip_context.ipynb", List.of("--report-mode", "-p", "days", "3")),
                Arguments.of("ip_context.reinject.ipynb", "prepared/ip_context.p_basic.ipynb", List.of("-p", "days", "99")));
    }

    static List<String> arguments(String input, Path output, List<String> extra) {
        List<String> args = new ArrayList<>(List.of("run", TestData.path("papermill/" + input).toString(),
                output.toString(), "--prepare-only"));
        for (String arg : extra) {
            args.add(arg.startsWith("@") ? TestData.path("papermill/" + arg.substring(1)).toString() : arg);
        }
        return args;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldens")
    void reproducesPapermillsPreparedNotebook(String golden, String input, List<String> extra) throws Exception {
        Path out = dir.resolve(golden);
        CliRun run = CliRun.of(arguments(input, out, extra).toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();

        Notebook expected = Notebooks.read(TestData.path("papermill/prepared/" + golden));
        Notebook actual = Notebooks.read(out);
        assertThat(injectedSource(actual)).isEqualTo(injectedSource(expected));
        assertThat(actual.cells().stream().map(Cell::tags).toList())
                .isEqualTo(expected.cells().stream().map(Cell::tags).toList());
        assertThat(actual.papermill().orElseThrow().get("parameters"))
                .isEqualTo(expected.papermill().orElseThrow().get("parameters"));
        assertThat(comparable(Files.readString(out), actual)).isEqualTo(
                comparable(Files.readString(TestData.path("papermill/prepared/" + golden)), expected));
    }

    private static String injectedSource(Notebook nb) {
        return nb.cell(nb.indexOfTag(NotebookParameters.INJECTED_TAG).orElseThrow()).source();
    }

    /** The file's text with the injected cell's id, the paths and the version set aside (and no final newline). */
    private static String comparable(String text, Notebook nb) {
        ObjectNode papermill = nb.papermill().orElseThrow();
        String injectedId = nb.cell(nb.indexOfTag(NotebookParameters.INJECTED_TAG).orElseThrow()).id();
        return text.strip()
                .replace("\"id\": \"" + injectedId + "\"", "\"id\": \"INJECTED\"")
                .replace("\"input_path\": " + quoted(papermill.get("input_path").asText()), "\"input_path\": \"IN\"")
                .replace("\"output_path\": " + quoted(papermill.get("output_path").asText()), "\"output_path\": \"OUT\"")
                .replace("\"version\": " + quoted(papermill.get("version").asText()), "\"version\": \"V\"");
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @Test
    void helpNotebookAndParamsAgreeWithPapermill() throws Exception {
        List<String> expected = Files.readAllLines(TestData.path("papermill/help_notebook.txt"));
        Path notebook = TestData.path("papermill/ip_context.ipynb");
        CliRun help = CliRun.of("run", notebook.toString(), "--help-notebook");
        assertThat(help.exitCode()).isZero();
        List<String> lines = help.out().lines().toList();
        assertThat(lines.subList(1, lines.size())).isEqualTo(expected.subList(1, expected.size())
                .stream().map(l -> l.replace("'ip_context.ipynb'", "'" + notebook + "'")).toList());

        CliRun params = CliRun.of("params", notebook.toString(), "--format", "csv");
        assertThat(params.exitCode()).as(params.err()).isZero();
        assertThat(params.out()).isEqualToNormalizingNewlines(String.join("\n",
                "name,type,default,help",
                "ip_address,str,\"\"\"\"\"\",the address to investigate",
                "ws_name,,\"\"\"Default\"\"\",",
                "days,int,2,look-back in days",
                "threshold,float,0.5,",
                "verbose,bool,False,",
                "hosts,list,[],", ""));
    }

    @Test
    @SystemTest
    void everyPreparedNotebookValidatesWithNbformat() throws Exception {
        ExternalPrograms.requirePythonModule("nbformat", "python3-nbformat");
        List<String> files = new ArrayList<>();
        for (Arguments golden : goldens().toList()) {
            Object[] a = golden.get();
            Path out = dir.resolve((String) a[0]);
            @SuppressWarnings("unchecked")
            List<String> extra = (List<String>) a[2];
            assertThat(CliRun.of(arguments((String) a[1], out, extra).toArray(String[]::new)).exitCode()).isZero();
            files.add(out.toString());
        }
        List<String> command = new ArrayList<>(List.of(ExternalPrograms.DEBIAN_PYTHON.toString(), "-c",
                "import sys, nbformat\nfor f in sys.argv[1:]:\n    nbformat.validate(nbformat.read(f, as_version=4))\n"
                        + "print('ok', len(sys.argv) - 1)"));
        command.addAll(files);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(output).isZero();
        assertThat(output.strip()).isEqualTo("ok " + files.size());
    }
}
