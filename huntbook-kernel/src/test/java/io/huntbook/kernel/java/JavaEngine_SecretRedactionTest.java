package io.huntbook.kernel.java;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A value {@code secret(name)} revealed never leaves the engine, whichever way a cell lets it out. */
class JavaEngine_SecretRedactionTest extends OneEngine {
    @Override
    EngineOptions.Builder options() throws Exception {
        // The test classes hold FixedSecrets and its service file, as huntbook-data holds the real source.
        Path testClasses = Path.of(FixedSecrets.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return super.options().classPath(List.of(testClasses));
    }

    @Test
    void everyWayOutIsMasked() {
        Recorder r = run("""
                String key = secret("test.key");
                System.out.println("key " + key);
                for (char c : key.toCharArray()) { System.err.print(c); System.err.flush(); Thread.sleep(30); }
                System.err.println();
                display(Map.of("key", key));
                html("<b>" + key + "</b>");
                glue("k", key);
                key
                """);
        assertThat(r.outputs.toString()).doesNotContain(FixedSecrets.KEY).contains("key ********");
        assertThat(r.stream("stderr")).isEqualTo("********\n");
        assertThat(r.result().data()).containsEntry("text/plain", "\"********\"");
        assertThat(r.stream("outcome")).isEqualTo("OK");
    }

    @Test
    void anExceptionMessageAndTheOutcomeAreMasked() {
        Recorder r = run("throw new IllegalArgumentException(\"bad \" + secret(\"test.key\"));");
        assertThat(r.error().evalue()).isEqualTo("bad ********");
        assertThat(r.outputs.toString()).doesNotContain(FixedSecrets.KEY);
        assertThat(r.stream("message")).contains("bad ********");
    }

    @Test
    void aMultiLineSecretIsMaskedWholeAndLineByLine() {
        Recorder r = run("""
                String pem = secret("test.pem");
                System.out.println(pem);
                System.out.println(pem.lines().toList().get(1));
                """);
        assertThat(r.stream("stdout")).isEqualTo("********\n********\n");
    }

    @Test
    void anUnknownSecretIsAnErrorSayingSo() {
        Recorder r = run("secret(\"nope\")");
        assertThat(r.error().ename()).endsWith("SecretUnavailableException");
        assertThat(r.error().evalue()).contains("no secret named 'nope'");
    }
}
