package io.huntbook.kernel.magic;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.kernel.java.CellOutcome;
import io.huntbook.kernel.java.EngineOptions;
import io.huntbook.kernel.java.EngineOutput;
import io.huntbook.kernel.java.JavaEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Magics in a real engine: the jars reach the compiler and the agent, and code from them runs. */
class JavaEngine_MagicsTest {
    @TempDir
    Path dir;

    private static String run(JavaEngine engine, String code, List<EngineOutput> outputs) {
        CellOutcome outcome = engine.execute(code, outputs::add, Duration.ofSeconds(120));
        return outcome.status().name();
    }

    private static String text(List<EngineOutput> outputs) {
        StringBuilder text = new StringBuilder();
        for (EngineOutput output : outputs) {
            switch (output) {
                case EngineOutput.Stream s -> text.append(s.text());
                case EngineOutput.Result r -> text.append(r.data().get("text/plain"));
                case EngineOutput.Error e -> text.append(e.ename()).append(": ").append(e.evalue());
                default -> { }
            }
        }
        return text.toString();
    }

    @Test
    void mavenClasspathAndLoadWorkInCells() throws IOException {
        LocalMavenRepo repo = new LocalMavenRepo(dir);
        Path tools = LocalMavenRepo.compile(dir.resolve("src-tools"), "hbtools.Shout",
                "package hbtools;\npublic class Shout { public static String up(String s) { return s.toUpperCase(); } }\n",
                List.of());
        Files.writeString(dir.resolve("helpers.jsh"), "String twice(String s) { return s + s; }\n");
        EngineOptions options = EngineOptions.builder().maxHeap("128m").workingDirectory(dir)
                .magics(repo.options(dir.resolve("pins"), MagicOptions.Mode.RESOLVE)).build();
        try (JavaEngine engine = JavaEngine.start(options)) {
            List<EngineOutput> maven = new ArrayList<>();
            assertThat(run(engine, "%maven test.hb:greeter:1.0\nhbtest.Greeter.hi(\"ann\")", maven)).isEqualTo("OK");
            assertThat(text(maven)).contains("2 jars added").contains("\"hi ann from words\"");

            List<EngineOutput> other = new ArrayList<>();
            String cell = "%classpath " + dir.relativize(tools) + "\n%load helpers.jsh\ntwice(hbtools.Shout.up(\"ab\"))";
            assertThat(run(engine, cell, other)).as(text(other)).isEqualTo("OK");
            assertThat(text(other)).contains("\"ABAB\"");

            List<EngineOutput> bad = new ArrayList<>();
            assertThat(run(engine, "%load nowhere.jsh", bad)).isEqualTo("ERROR");
            assertThat(text(bad)).contains("MagicError").contains("nowhere.jsh");
        }
    }

    @Test
    void anUnattendedEngineUsesOnlyWhatWasPinnedWhenTheRunWasValidated() throws IOException {
        LocalMavenRepo repo = new LocalMavenRepo(dir);
        MagicOptions pinned = repo.options(dir.resolve("pins"), MagicOptions.Mode.PINNED);
        String cell = "%maven test.hb:greeter:1.0\nhbtest.Greeter.hi(\"bo\")";
        MavenPins.of(pinned).pinAll(List.of(cell), dir);
        repo.deleteRemote();
        EngineOptions options = EngineOptions.builder().maxHeap("128m").workingDirectory(dir).magics(pinned).build();
        try (JavaEngine engine = JavaEngine.start(options)) {
            List<EngineOutput> outputs = new ArrayList<>();
            assertThat(run(engine, cell, outputs)).as(text(outputs)).isEqualTo("OK");
            assertThat(text(outputs)).contains("\"hi bo from words\"");
        }
    }
}
