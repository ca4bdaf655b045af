package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.notebook.Cell;
import io.huntbook.notebook.Kernelspec;
import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.Notebooks;
import io.huntbook.notebook.Output;
import io.huntbook.notebook.CodeCell;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommand_Test {
    @TempDir
    Path dir;

    private Notebook sample() {
        return Notebook.of(List.of(
                Cell.markdown("# Hunt\nText é"),
                Cell.code("ip = \"203.0.113.7\"\n").withTag("parameters"),
                ((CodeCell) Cell.code("print(ip)")).withOutput(Output.stream("stdout", "203.0.113.7\n"))))
                .withKernelspec(new Kernelspec("python3", "Python 3", "python"));
    }

    @Test
    void ipynbToTextAndBackKeepsSourcesTagsAndKernel() throws Exception {
        Path ipynb = dir.resolve("hunt.ipynb");
        Notebooks.write(sample(), ipynb);
        for (String ext : List.of("py", "jsh", "java")) {
            Path text = dir.resolve("hunt." + ext);
            Path back = dir.resolve("back-" + ext + ".ipynb");
            CliRun there = CliRun.of("convert", ipynb.toString(), text.toString());
            assertThat(there.exitCode()).as(there.err()).isZero();
            assertThat(there.err()).contains("outputs are not kept");
            assertThat(CliRun.of("convert", text.toString(), back.toString()).exitCode()).isZero();
            Notebook result = Notebooks.read(back);
            assertThat(result.cells()).extracting(Cell::source)
                    .containsExactly("# Hunt\nText é", "ip = \"203.0.113.7\"\n", "print(ip)");
            assertThat(result.cell(1).tags()).containsExactly("parameters");
            assertThat(result.kernelspec()).hasValue(new Kernelspec("python3", "Python 3", "python"));
        }
        assertThat(Files.readString(dir.resolve("hunt.jsh"))).contains("// %% tags=[\"parameters\"]");
        assertThat(Files.readString(dir.resolve("hunt.py"))).contains("# %% [markdown]\n# # Hunt\n# Text é\n");
    }

    @Test
    void dashReadsStdinAndWritesStdout() {
        CliRun run = StdinRun.of("// %% tags=[\"parameters\"]\nint days = 2;\n", "convert", "-", "-", "--from", "jsh",
                "--to", "ipynb");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Notebook notebook = Notebooks.read(run.out());
        assertThat(notebook.cell(0).tags()).containsExactly("parameters");
        assertThat(notebook.kernelspec()).hasValue(Kernelspec.HUNTBOOK);

        CliRun noTo = StdinRun.of("{}", "convert", "-", "-");
        assertThat(noTo.exitCode()).isEqualTo(2);
        assertThat(noTo.err()).contains("give --to ipynb|jsh|java|py");
    }

    @Test
    void badInputNamesFileCellAndFieldAndLeavesTheOutputUntouched() throws Exception {
        Path in = dir.resolve("bad.ipynb");
        Files.writeString(in, ValidateCommand_Test.INVALID);
        Path out = dir.resolve("out.jsh");
        Files.writeString(out, "previous content\n");
        CliRun run = CliRun.of("convert", in.toString(), out.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).hasLineCount(1)
                .startsWith("huntbook: " + in + ": cell 1 (id \"run\"), field outputs[0].name: missing");
        assertThat(Files.readString(out)).isEqualTo("previous content\n");
        assertThat(run.out()).isEmpty();

        Files.writeString(in, "[1, 2");
        CliRun broken = CliRun.of("convert", in.toString(), out.toString());
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.err()).startsWith("huntbook: " + in + ": not valid JSON");
        assertThat(Files.readString(out)).isEqualTo("previous content\n");

        CliRun unknown = CliRun.of("convert", in.toString(), dir.resolve("x.txt").toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("use .ipynb, .jsh, .java or .py");
        CliRun missing = CliRun.of("convert", dir.resolve("nope.ipynb").toString(), out.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
    }
}
