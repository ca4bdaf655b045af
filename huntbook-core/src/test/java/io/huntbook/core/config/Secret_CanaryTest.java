package io.huntbook.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Secret values (canaries) never reach masked output, problems, exception messages or toString. */
class Secret_CanaryTest {
    static final String LITERAL = "CANARY-literal-5d1e";
    static final String ENV = "CANARY-env-77aa";
    static final String FILE = "CANARY-file-93f0";
    static final String TYPED = "CANARY-typed-0b3c";

    @TempDir
    Path dir;

    static String configText() {
        return """
                TIProviders:
                  OTX:
                    Args:
                      AuthKey: "%s"
                    Primary: true
                    Provider: OTX
                  VirusTotal:
                    Args:
                      AuthKey:
                        EnvironmentVar: VT_CANARY
                      ApiID:
                        File: vt.secret
                    Provider: VirusTotal
                DataProviders:
                  Splunk:
                    Args:
                      password: %s
                      token: [%s]
                Huntbook:
                  Server:
                    port: 8080
                    client_secret: %s
                """.formatted(LITERAL, LITERAL, LITERAL, TYPED);
    }

    @Test
    void noSecretValueLeaks() throws IOException {
        Path file = Files.writeString(dir.resolve("huntbook.yaml"), configText());
        Files.writeString(dir.resolve("vt.secret"), FILE + "\n");
        Map<String, String> env = Map.of("VT_CANARY", ENV);
        HuntbookConfig config = HuntbookConfig.load(file, env);

        List<String> seen = new ArrayList<>();
        seen.add(config.toMaskedJson().toString());
        seen.add(config.toString());
        for (ProviderSettings p : config.tiProviders()) {
            seen.add(p.toString());
            p.secretArg("AuthKey").ifPresent(s -> seen.add(s.toString()));
        }
        HuntbookConfig.check(file, true, env).problems().forEach(p -> seen.add(p.toString()));
        try {
            config.section("Huntbook").map("Server").integer("client_secret");
        } catch (ConfigException e) {
            seen.add(e.getMessage());
        }
        try {
            config.section("DataProviders").map("Splunk").map("Args").integer("password");
        } catch (ConfigException e) {
            seen.add(e.getMessage());
        }
        seen.add(config.root().toString());
        config.root().entries().values().forEach(n -> seen.add(n.toString()));

        // The secrets are really there, so the test could fail.
        assertThat(config.secret("TIProviders.VirusTotal.Args.AuthKey").reveal()).isEqualTo(ENV);
        assertThat(config.secret("TIProviders.VirusTotal.Args.ApiID").reveal()).isEqualTo(FILE);
        assertThat(config.secret("TIProviders.OTX.Args.AuthKey").reveal()).isEqualTo(LITERAL);

        assertThat(seen).hasSizeGreaterThan(8).allSatisfy(text -> assertThat(text)
                .doesNotContain(LITERAL).doesNotContain(ENV).doesNotContain(FILE).doesNotContain(TYPED));
        assertThat(seen.get(0)).contains("********").contains("VT_CANARY").contains("vt.secret");
    }

    @Test
    void syntaxErrorsDoNotQuoteTheLine() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.yaml"),
                "TIProviders:\n  OTX:\n    Args:\n      AuthKey: " + LITERAL + ": oops\n");
        ConfigReport report = HuntbookConfig.check(file, false, Map.of());
        assertThat(report.errors()).hasSize(1);
        assertThat(report.errors().get(0).toString()).contains(":4: ").doesNotContain(LITERAL);
    }
}
