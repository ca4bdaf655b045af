package io.huntbook.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.kernel.java.CellOutcome;
import io.huntbook.kernel.java.EngineOptions;
import io.huntbook.kernel.java.EngineOutput;
import io.huntbook.kernel.java.JavaEngine;
import io.huntbook.kernel.java.NotebookClassPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real engine with huntbook-session on the notebook class path binds {@code hb} to {@link Session}, and neither
 * starting it nor touching {@code hb} lightly loads DuckDB, the query catalog or the enrichment libraries: the
 * agent's class-loading log says which classes it loaded.
 */
class Session_LazyInEngineTest {
    @TempDir
    Path dir;

    @Test
    void hbIsTheSessionAndNothingHeavyLoadsUntilAServiceIsAskedFor() throws Exception {
        Path log = dir.resolve("classes.log");
        Path config = Files.writeString(dir.resolve("huntbook.yaml"), "Huntbook:\n  Secrets:\n    x: y\n");
        EngineOptions options = EngineOptions.builder().maxHeap("256m").classPath(NotebookClassPath.forHost())
                .configFile(config).agentJvmOption("-Xlog:class+load=info:file=" + log).build();
        List<String> results = new ArrayList<>();
        try (JavaEngine engine = JavaEngine.start(options)) {
            results.add(run(engine, "1+1"));
            results.add(run(engine, "hb.getClass().getName() + \" \" + hb"));
        }
        assertThat(results.get(0)).isEqualTo("2");
        assertThat(results.get(1)).isEqualTo("\"io.huntbook.session.Session Huntbook session (" + config + ")\"");
        String loaded = Files.readString(log);
        assertThat(loaded).contains("io.huntbook.session.Session ");
        assertThat(loaded).doesNotContain("org.duckdb", "io.huntbook.enrich", "io.huntbook.data.catalog",
                "io.huntbook.data.sample", "io.huntbook.data.notebook.ConfigSecrets ",
                "io.huntbook.core.config.HuntbookConfig ", "com.fasterxml.jackson", "org.yaml", "org.slf4j");
    }

    private static String run(JavaEngine engine, String code) {
        List<String> result = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        CellOutcome outcome = engine.execute(code, output -> {
            if (output instanceof EngineOutput.Result r) {
                result.add(String.valueOf(r.data().get("text/plain")));
            } else if (output instanceof EngineOutput.Error e) {
                errors.add(e.ename() + ": " + e.evalue());
            }
        }, Duration.ofSeconds(60));
        assertThat(errors).as(code).isEmpty();
        assertThat(outcome.status()).as(code).isEqualTo(CellOutcome.Status.OK);
        return result.isEmpty() ? "" : result.get(0);
    }
}
