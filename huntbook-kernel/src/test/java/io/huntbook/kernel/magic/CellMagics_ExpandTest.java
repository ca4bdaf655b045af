package io.huntbook.kernel.magic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The magic lines of a cell, without an engine: what reaches the class path and what Java code is left. */
class CellMagics_ExpandTest {
    @TempDir
    Path dir;

    private final List<Path> classPath = new ArrayList<>();
    private final StringBuilder notes = new StringBuilder();

    private String expand(CellMagics magics, String cell) {
        return magics.expand(cell, classPath::add, notes::append);
    }

    @Test
    void mavenResolvesTransitivelyFromTheSettingsMirrorAndPinsTheResolution() throws IOException {
        LocalMavenRepo repo = new LocalMavenRepo(dir);
        MagicOptions options = repo.options(dir.resolve("pins"), MagicOptions.Mode.RESOLVE);
        String code = expand(new CellMagics(options, dir, List.of()), "int a = 1;\n%maven test.hb:greeter:1.0\nint b = 2;");

        assertThat(code).isEqualTo("int a = 1;\n\nint b = 2;");
        assertThat(classPath).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("greeter-1.0.jar", "words-1.0.jar");
        assertThat(classPath).allSatisfy(p -> assertThat(p).startsWith(repo.local));
        assertThat(notes).contains("2 jars added");
        assertThat(MavenPins.of(options).pinned(List.of("test.hb:greeter:1.0"))).isPresent();
    }

    @Test
    void pinnedModeRefusesAnUnpinnedLineAndUsesAPinEvenWhenTheRepositoryIsGone() throws IOException {
        LocalMavenRepo repo = new LocalMavenRepo(dir);
        Path pins = dir.resolve("pins");
        MagicOptions pinned = repo.options(pins, MagicOptions.Mode.PINNED);
        assertThatThrownBy(() -> expand(new CellMagics(pinned, dir, List.of()), "%maven test.hb:greeter:1.0"))
                .isInstanceOf(MagicException.class).hasMessageContaining("not resolved when the run was validated");

        List<ResolvedArtifact> resolved = MavenPins.of(pinned).pinAll(List.of("%maven test.hb:greeter:1.0"), dir);
        assertThat(resolved).extracting(ResolvedArtifact::coordinates)
                .containsExactlyInAnyOrder("test.hb:greeter:1.0", "test.hb:words:1.0");
        repo.deleteRemote();
        expand(new CellMagics(pinned, dir, List.of()), "%maven test.hb:greeter:1.0");
        assertThat(classPath).hasSize(2);
    }

    @Test
    void aPinWhoseJarChangedNoLongerHolds() throws IOException {
        LocalMavenRepo repo = new LocalMavenRepo(dir);
        MagicOptions options = repo.options(dir.resolve("pins"), MagicOptions.Mode.PINNED);
        List<ResolvedArtifact> resolved = MavenPins.of(options).pinAll(List.of("%maven test.hb:greeter:1.0"), dir);
        Files.write(resolved.get(0).file(), new byte[] {1, 2, 3});

        assertThat(MavenPins.of(options).pinned(List.of("test.hb:greeter:1.0"))).isEmpty();
    }

    @Test
    void huntbooksOwnLibraryWinsOverADependencyWithTheSameArtifactAndTheUserIsTold() throws IOException {
        LocalMavenRepo repo = new LocalMavenRepo(dir);
        Path ours = Files.createDirectories(dir.resolve("lib")).resolve("words-2.0.jar");
        Files.write(ours, new byte[0]);
        MagicOptions options = repo.options(dir.resolve("pins"), MagicOptions.Mode.RESOLVE);
        expand(new CellMagics(options, dir, List.of(ours)), "%maven test.hb:greeter:1.0");

        assertThat(classPath).extracting(p -> p.getFileName().toString()).containsExactly("greeter-1.0.jar");
        assertThat(notes).contains("kept Huntbook's words 2.0 instead of 1.0");
    }

    @Test
    void classpathAndLoadExpandRelativeToTheWorkingDirectory() throws IOException {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.write(lib.resolve("a.jar"), new byte[0]);
        Files.write(lib.resolve("b.jar"), new byte[0]);
        Files.writeString(dir.resolve("helpers.jsh"), "%classpath lib/a.jar\nint twice(int x) { return 2 * x; }\n");
        CellMagics magics = new CellMagics(MagicOptions.defaults().withPinDirectory(dir.resolve("pins")), dir,
                List.of());

        String code = expand(magics, "%load helpers.jsh\n%classpath lib/*\ntwice(21)");

        assertThat(code).isEqualTo("\nint twice(int x) { return 2 * x; }\n\n\ntwice(21)");
        assertThat(classPath).containsExactly(lib.resolve("a.jar"), lib.resolve("b.jar"));
    }

    @Test
    void badMagicsSayWhatToWrite() {
        CellMagics magics = new CellMagics(MagicOptions.defaults().withPinDirectory(dir.resolve("pins")), dir,
                List.of());
        assertThatThrownBy(() -> expand(magics, "%maven guava")).hasMessageContaining("group:artifact:version");
        assertThatThrownBy(() -> expand(magics, "%classpath nowhere.jar")).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> expand(magics, "%load missing.jsh")).hasMessageContaining("cannot read");
    }

    @Test
    void cellsWithoutMagicsAndTheModuloOperatorStayAsTheyAre() {
        CellMagics magics = new CellMagics(MagicOptions.defaults(), dir, List.of());
        String cell = "int r = 7\n    % 3;\nString s = \"%maven x\";";
        assertThat(expand(magics, cell)).isSameAs(cell);
        assertThat(classPath).isEmpty();
    }
}
