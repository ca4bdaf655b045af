package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.notebook.Cell;
import io.huntbook.notebook.Notebook;
import io.huntbook.notebook.Notebooks;
import io.huntbook.testing.ConformanceTest;
import io.huntbook.testing.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every notebook papermill and scrapbook wrote validates, converts to .ipynb byte for byte, and round-trips through
 * each text format with its sources, tags and kernel metadata.
 */
@ConformanceTest
class ConvertCommand_PapermillConformanceTest {
    @TempDir
    Path dir;

    static List<Path> papermillNotebooks() {
        try (Stream<Path> files = Files.walk(TestData.path("papermill"))) {
            List<Path> notebooks = files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
            assertThat(notebooks).hasSizeGreaterThanOrEqualTo(10);
            return notebooks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("papermillNotebooks")
    void validatesAndRewritesByteForByte(Path file) throws IOException {
        CliRun validate = CliRun.of("validate", file.toString());
        assertThat(validate.exitCode()).as(validate.err()).isZero();
        Path copy = dir.resolve("copy.ipynb");
        CliRun convert = CliRun.of("-q", "convert", file.toString(), copy.toString());
        assertThat(convert.exitCode()).as(convert.err()).isZero();
        assertThat(Files.readString(copy)).isEqualTo(Files.readString(file));
    }

    @ParameterizedTest
    @MethodSource("papermillNotebooks")
    void roundTripsThroughEveryTextFormat(Path file) {
        Notebook original = Notebooks.read(file);
        for (String ext : List.of("jsh", "java", "py")) {
            Path text = dir.resolve("nb." + ext);
            Path back = dir.resolve("back-" + ext + ".ipynb");
            assertThat(CliRun.of("-q", "convert", file.toString(), text.toString()).exitCode()).isZero();
            CliRun again = CliRun.of("-q", "convert", text.toString(), back.toString());
            assertThat(again.exitCode()).as(again.err()).isZero();
            assertThat(CliRun.of("validate", back.toString()).exitCode()).isZero();
            Notebook result = Notebooks.read(back);
            assertThat(result.cells()).as(ext).extracting(Cell::cellType)
                    .containsExactlyElementsOf(original.cells().stream().map(Cell::cellType).toList());
            assertThat(result.cells()).as(ext).extracting(Cell::source)
                    .containsExactlyElementsOf(original.cells().stream().map(Cell::source).toList());
            assertThat(result.cells()).as(ext).extracting(Cell::tags)
                    .containsExactlyElementsOf(original.cells().stream().map(Cell::tags).toList());
            assertThat(result.metadata().get("kernelspec")).as(ext).isEqualTo(original.metadata().get("kernelspec"));
            assertThat(result.metadata().get("language_info")).as(ext)
                    .isEqualTo(original.metadata().get("language_info"));
        }
    }
}
