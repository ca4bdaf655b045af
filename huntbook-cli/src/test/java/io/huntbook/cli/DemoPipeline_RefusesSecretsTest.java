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
        try (Stream<Path> files = Files.walk(out)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void identifiersBecomeOnePathSegment() {
        assertThat(DemoPipeline.safeForPaths("203.0.113.66")).isEqualTo("203.0.113.66");
        assertThat(DemoPipeline.safeForPaths("../../etc/passwd")).isEqualTo(".._.._etc_passwd");
        assertThat(DemoPipeline.safeForPaths("..")).isEqualTo("_..");
        assertThat(DemoPipeline.safeForPaths("")).isEqualTo("_");
    }
}
