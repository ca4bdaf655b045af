package io.huntbook.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.core.BadInputException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A secret never travels as a parameter: the demo refuses the run before anything is written. */
class DemoPipeline_RefusesSecretsTest {
    private static final String CANARY = "AKIAZZZZCANARY000042";

    @TempDir
    Path out;

    @Test
    void aKeyShapedIdentifierIsRefusedAndNothingIsWritten() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Terminal terminal = new Terminal(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false);
        DemoPipeline pipeline = new DemoPipeline(out, out.resolve("sample"), terminal);

        assertThatThrownBy(() -> pipeline.run(new DemoPipeline.Job("ip-context", "ipAddress", CANARY)))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("looks like a secret")
                .hasMessageNotContaining(CANARY);
        // Only the ledger exists (created before any run); no notebook, report or incident, and the canary is in
        // no file at all.
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile)).allSatisfy(file -> {
                assertThat(file.getFileName().toString()).startsWith("ledger.");
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain(CANARY);
            });
        }
        assertThat(pipeline.incidents().list(null, 10)).isEmpty();
        assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain(CANARY);
    }

}
