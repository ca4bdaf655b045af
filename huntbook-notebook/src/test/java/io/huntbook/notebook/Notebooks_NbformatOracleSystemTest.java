package io.huntbook.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.testing.ExternalPrograms;
import io.huntbook.testing.SystemTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Debian's nbformat is the oracle: for every notebook, in whatever loose form it arrives, what Huntbook writes must be
 * byte for byte what {@code nbformat.writes(nbformat.reads(text, as_version=4))} writes (after
 * {@code nbformat.v4.upgrade} with Huntbook's ids for notebooks older than 4.5).
 */
@SystemTest
class Notebooks_NbformatOracleSystemTest {
    private static final String ORACLE = """
            import json, logging, os, sys, warnings
            warnings.simplefilter("ignore")
            logging.disable(logging.CRITICAL)
            import nbformat
            folder = sys.argv[1]
            for name in sorted(os.listdir(folder)):
                if not name.endswith(".in.json"):
                    continue
                base = os.path.join(folder, name[:-len(".in.json")])
                with open(base + ".in.json", encoding="utf-8") as f:
                    nb = nbformat.reads(f.read(), as_version=4)
                if os.path.exists(base + ".ids"):
                    nb = nbformat.v4.upgrade(nb)
                    with open(base + ".ids", encoding="utf-8") as f:
                        for cell, cell_id in zip(nb.cells, json.load(f)):
                            cell.id = cell_id
                with open(base + ".py.json", "w", encoding="utf-8", newline="") as f:
                    f.write(nbformat.writes(nb))
            """;

    @TempDir
    Path dir;

    @Test
    void writesWhatNbformatWritesForGeneratedNotebooks() throws Exception {
        ExternalPrograms.requirePythonModule("nbformat", "python3-nbformat");
        long seed = Long.getLong("huntbook.seed", System.nanoTime());
        SplittableRandom random = new SplittableRandom(seed);
        ObjectWriter plain = Json.MAPPER.writer().without(JsonWriteFeature.WRITE_NAN_AS_STRINGS);
        ObjectWriter escaped = plain.with(JsonWriteFeature.ESCAPE_NON_ASCII).withDefaultPrettyPrinter();
        Map<String, String> ours = new LinkedHashMap<>();
        for (int i = 0; i < 200; i++) {
            int minor = i % 5 == 0 ? random.nextInt(5) : 5;
            ObjectNode generated = NotebookGen.notebook(random, minor);
            String name = String.format("nb%03d", i);
            byte[] input = (i % 2 == 0 ? plain : escaped).writeValueAsBytes(generated);
            Files.write(dir.resolve(name + ".in.json"), input);
            Notebook notebook = Notebooks.read(input).withFinalNewline(false);
            if (minor < 5) {
                ArrayNode ids = Json.MAPPER.createArrayNode();
                notebook.cells().forEach(c -> ids.add(c.id()));
                Files.write(dir.resolve(name + ".ids"), Json.MAPPER.writeValueAsBytes(ids));
            }
            ours.put(name, Notebooks.writeString(notebook));
        }
        runOracle();
        SoftAssertions soft = new SoftAssertions();
        for (Map.Entry<String, String> entry : ours.entrySet()) {
            String python = Files.readString(dir.resolve(entry.getKey() + ".py.json"), StandardCharsets.UTF_8);
            soft.assertThat(entry.getValue()).as("%s (seed %d)", entry.getKey(), seed).isEqualTo(python);
        }
        soft.assertAll();
    }

    @Test
    void writesWhatNbformatWritesForTheRichFixture() throws Exception {
        ExternalPrograms.requirePythonModule("nbformat", "python3-nbformat");
        byte[] rich = Notebooks_RoundTripTest.fixture("rich.ipynb");
        Files.write(dir.resolve("rich.in.json"), rich);
        runOracle();
        assertThat(Notebooks.writeString(Notebooks.read(rich).withFinalNewline(false)))
                .isEqualTo(Files.readString(dir.resolve("rich.py.json"), StandardCharsets.UTF_8));
    }

    private void runOracle() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ExternalPrograms.DEBIAN_PYTHON.toString(), "-c", ORACLE,
                dir.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("nbformat oracle output:\n%s", log).isZero();
    }
}
