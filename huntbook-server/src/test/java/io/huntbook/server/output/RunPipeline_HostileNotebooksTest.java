package io.huntbook.server.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A notebook that exits, halts, loops, exhausts its memory or floods its output fails alone: the pipeline records it
 * and the next run still works.
 */
class RunPipeline_HostileNotebooksTest {
    @TempDir
    Path root;

    private RunPipeline pipeline() {
        return RunPipeline.builder(OutputStore.local(root)).engine(Pipelines.engine())
                .runTimeout(Duration.ofSeconds(20)).reportEveryRun(true).build();
    }

    private RunRecord run(RunPipeline pipeline, String name, String code) {
        String text = "// %% tags=[\"parameters\"]\nString id = \"\";\n\n// %%\nglue(\"finding\", true);\n" + code + "\n";
        return pipeline.run(Pipelines.job(name, Pipelines.jsh(text), name, "id"));
    }

    @Test
    void eachHostileNotebookFailsAloneAndTheNextRunWorks() {
        RunPipeline pipeline = pipeline();
        RunRecord exit = run(pipeline, "exit", "System.exit(3);");
        RunRecord halt = run(pipeline, "halt", "Runtime.getRuntime().halt(9);");
        RunRecord loop = run(pipeline, "loop", "while (true) { }");
        RunRecord memory = run(pipeline, "memory", "var hog = new java.util.ArrayList<long[]>();\n"
                + "while (true) { hog.add(new long[1_000_000]); }");
        RunRecord flood = run(pipeline, "flood", "while (true) { System.out.println(\"x\".repeat(1000)); }");
        RunRecord fine = run(pipeline, "fine", "System.out.println(\"still here\");");

        for (RunRecord hostile : new RunRecord[] {exit, halt, loop, memory, flood}) {
            assertThat(hostile.status()).as(hostile.template() + ": " + hostile.message()).isNotEqualTo("succeeded");
            assertThat(hostile.exitCode()).as(hostile.template()).isNotZero();
            assertThat(hostile.finding()).as("a failed run has no finding").isNull();
            assertThat(hostile.output()).as(hostile.template() + " leaves its notebook").isNotNull();
            assertThat(hostile.report()).as(hostile.template() + " report (every run)").isNotNull();
        }
        assertThat(loop.status()).isEqualTo("timed_out");
        assertThat(fine.status()).as(fine.message()).isEqualTo("succeeded");
        assertThat(fine.finding()).isNotNull();
    }
}
