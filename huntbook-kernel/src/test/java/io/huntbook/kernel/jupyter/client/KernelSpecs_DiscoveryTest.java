package io.huntbook.kernel.jupyter.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KernelSpecs_DiscoveryTest {
    @TempDir
    Path dir;

    private void spec(Path data, String name, String display) throws IOException {
        Path folder = data.resolve("kernels").resolve(name);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("kernel.json"), """
                {"argv": ["python3", "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                 "display_name": "%s", "language": "python", "env": {"A": "x${HOME}y"}}
                """.formatted(display));
    }

    @Test
    void theSearchOrderIsJupyterPathThenUserThenSystem() {
        Map<String, String> env = Map.of("JUPYTER_PATH", "/a:/b", "HOME", "/home/u");

        assertThat(KernelSpecs.searchPath(env)).containsExactly(Path.of("/a"), Path.of("/b"),
                Path.of("/home/u/.local/share/jupyter"), Path.of("/usr/local/share/jupyter"),
                Path.of("/usr/share/jupyter"));
    }

    @Test
    void anActiveEnvironmentComesBeforeTheUserUnlessToldOtherwise() {
        Map<String, String> env = Map.of("VIRTUAL_ENV", "/venv", "JUPYTER_DATA_DIR", "/data");
        assertThat(KernelSpecs.searchPath(env)).startsWith(Path.of("/venv/share/jupyter"), Path.of("/data"));

        Map<String, String> userFirst = Map.of("VIRTUAL_ENV", "/venv", "JUPYTER_DATA_DIR", "/data",
                "JUPYTER_PREFER_ENV_PATH", "0");
        assertThat(KernelSpecs.searchPath(userFirst)).startsWith(Path.of("/data"), Path.of("/venv/share/jupyter"));
    }

    @Test
    void theFirstPlaceWinsNamesAreLowerCasedAndBrokenSpecsAreSkipped() throws IOException {
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        spec(first, "Py", "first one");
        spec(second, "py", "second one");
        spec(second, "other", "other");
        Files.createDirectories(second.resolve("kernels/broken"));
        Files.writeString(second.resolve("kernels/broken/kernel.json"), "{not json");
        Map<String, String> env = Map.of("JUPYTER_PATH", first + ":" + second, "HOME", dir.toString());

        Map<String, KernelSpec> all = KernelSpecs.findAll(env);

        assertThat(all).containsKeys("py", "other").doesNotContainKey("broken");
        assertThat(all.get("py").displayName()).isEqualTo("first one");
        assertThat(KernelSpecs.find("PY", env)).get().extracting(KernelSpec::language).isEqualTo("python");
        assertThat(all.get("py").interruptMode()).isEqualTo("signal");
        assertThat(KernelProcess.substitute(all.get("py").env().get("A"), Map.of("HOME", "/h"))).isEqualTo("x/hy");
    }
}
