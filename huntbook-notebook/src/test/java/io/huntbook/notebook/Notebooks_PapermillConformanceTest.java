package io.huntbook.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.testing.ConformanceTest;
import io.huntbook.testing.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Every notebook papermill and scrapbook wrote (through nbformat) is valid, and reads and writes back byte for byte. */
@ConformanceTest
class Notebooks_PapermillConformanceTest {
    static List<Path> papermillNotebooks() {
        try (Stream<Path> files = Files.walk(TestData.path("papermill"))) {
            List<Path> notebooks = files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
            assertThat(notebooks).as("notebooks under testdata/papermill").hasSizeGreaterThanOrEqualTo(10);
            return notebooks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("papermillNotebooks")
    void rewritingIsByteIdentical(Path file) throws IOException {
        String original = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(Notebooks.writeString(Notebooks.read(file))).isEqualTo(original);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("papermillNotebooks")
    void validatesAgainstItsOwnSchema(Path file) {
        assertThat(NotebookValidator.validate(file)).isEmpty();
    }
}
