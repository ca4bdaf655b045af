package io.huntbook.kernel.java;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One real engine (JShell on the host, an agent JVM) running ordinary cells. */
class JavaEngine_ExecutionTest extends OneEngine {
    @Test
    void stdoutAndStderrKeepTheirOrderAndTheFinalExpressionIsTheResult() {
        Recorder r = run("""
                System.out.println("one");
                System.err.println("two");
                System.out.println("three");
                int x = 20;
                x + 22
                """);
        assertThat(r.outputs).filteredOn(EngineOutput.Stream.class::isInstance)
                .map(o -> ((EngineOutput.Stream) o).name() + ":" + ((EngineOutput.Stream) o).text())
                .containsSubsequence("stdout:one\n", "stderr:two\n", "stdout:three\n");
        assertThat(r.result().data()).containsEntry("text/plain", "42");
        assertThat(r.stream("outcome")).isEqualTo("OK");
    }

    @Test
    void variablesAndMethodsLiveAcrossCells() {
        run("int base = 40; int add(int a) { return base + a; }");
        Recorder r = run("add(2)");
        assertThat(r.result().data()).containsEntry("text/plain", "42");
        assertThat(r.result().executionCount()).isPositive();
    }

    @Test
    void aCellEndingInAVariablesNameShowsItsValueAsAnExpressionWould() {
        assertThat(run("String greeting = \"hi\";\ngreeting").result().data()).containsEntry("text/plain", "\"hi\"");
        assertThat(run("int[] xs = {1, 2};\nxs").result().data()).containsEntry("text/plain", "int[2] { 1, 2 }");
        assertThat(run("xs").result().data()).isEqualTo(run("xs[0] == 1 ? xs : null").result().data());
        Recorder rich = run("var page = io.huntbook.runtime.MimeBundle.of(java.util.Map.of(\"text/plain\", \"p\","
                + " \"text/html\", \"<i>p</i>\"), java.util.Map.of());\npage");
        assertThat(rich.result().data()).containsEntry("text/html", "<i>p</i>").containsEntry("text/plain", "p");
        Recorder none = run("String nothing = null;\nnothing");
        assertThat(none.outputs).noneMatch(EngineOutput.Result.class::isInstance);
        assertThat(run("notDefinedAnywhere").error().ename()).isEqualTo("CompilationException");
    }

    @Test
    void aDeclarationOrAVoidCallShowsNoResult() {
        Recorder r = run("String s = \"x\";\nSystem.out.print(s);");
        assertThat(r.outputs).noneMatch(EngineOutput.Result.class::isInstance);
        assertThat(r.stream("stdout")).isEqualTo("x");
    }

    @Test
    void displayMarkdownAndHtmlComeAsBundlesWithPlainText() {
        Recorder r = run("""
                System.out.println("before");
                md("# Title");
                html("<b>bold</b> &amp; more");
                display(List.of(1, 2));
                """);
        List<EngineOutput.Display> displays = r.displays();
        assertThat(displays).hasSize(3);
        assertThat(displays.get(0).data()).containsEntry("text/markdown", "# Title").containsEntry("text/plain",
                "# Title");
        assertThat(displays.get(1).data()).containsEntry("text/html", "<b>bold</b> &amp; more")
                .containsEntry("text/plain", "bold & more");
        assertThat(displays.get(2).data()).containsEntry("text/plain", "[1, 2]");
        assertThat(r.outputs.get(0)).isEqualTo(new EngineOutput.Stream("stdout", "before\n"));
    }

    @Test
    void glueWritesScrapbookPayloads() {
        Recorder r = run("""
                glue("finding", true);
                glue("desc", "two hits");
                glue("counts", Map.of("ti", 2));
                glue("shown", "visible", true);
                """);
        List<EngineOutput.Display> displays = r.displays();
        assertThat(displays).hasSize(5);
        assertThat(displays.get(0).data()).containsOnlyKeys("application/scrapbook.scrap.json+json");
        assertThat(displays.get(0).data().get("application/scrapbook.scrap.json+json"))
                .isEqualTo(Map.of("name", "finding", "data", true, "encoder", "json", "version", 1));
        assertThat(displays.get(0).metadata())
                .isEqualTo(Map.of("scrapbook", Map.of("name", "finding", "data", true, "display", false)));
        assertThat(displays.get(1).data().get("application/scrapbook.scrap.text+json"))
                .isEqualTo(Map.of("name", "desc", "data", "two hits", "encoder", "text", "version", 1));
        assertThat(displays.get(4).data()).containsEntry("text/plain", "visible");
        assertThat(displays.get(4).metadata())
                .isEqualTo(Map.of("scrapbook", Map.of("name", "shown", "data", false, "display", true)));
    }

    @Test
    void aCompileErrorNamesLineColumnAndTheOffendingLine() {
        Recorder r = run("int ok = 1;\n\nString s = undefinedThing + 1;\n");
        EngineOutput.Error error = r.error();
        assertThat(error.ename()).isEqualTo("CompilationException");
        assertThat(error.evalue()).contains("line 3, column 12").contains("cannot find symbol");
        assertThat(String.join("\n", error.traceback())).contains("String s = undefinedThing + 1;")
                .contains("           ^");
        assertThat(r.stream("outcome")).isEqualTo("ERROR");
    }

    @Test
    void anExceptionHasItsClassMessageAndAStackTrimmedToUserCode() {
        Recorder r = run("""
                void check(int v) {
                    if (v > 2) throw new IllegalStateException("too big: " + v);
                }
                System.out.println("running");
                check(5);
                System.out.println("never");
                """);
        EngineOutput.Error error = r.error();
        assertThat(error.ename()).isEqualTo("java.lang.IllegalStateException");
        assertThat(error.evalue()).isEqualTo("too big: 5");
        String traceback = String.join("\n", error.traceback());
        assertThat(traceback).contains("check (In [").contains("line 2)").contains("<cell> (In [")
                .doesNotContain("LocalExecutionControl").doesNotContain("jdk.internal.reflect");
        assertThat(r.stream("stdout")).isEqualTo("running\n");
    }

    @Test
    void whatARunStatementOrExpressionLeftBehindKeepsWorkingInLaterCells() {
        // The engine drops statements and hidden result variables once they ran: their effects must stay.
        run("List<Runnable> later = new ArrayList<>(); int runs = 0;");
        run("""
                later.add(() -> System.out.println("from cell A"));
                later.add(() -> { throw new IllegalStateException("thrown in cell A"); });
                runs++;
                """);
        assertThat(run("runs + 40").result().data()).containsEntry("text/plain", "41");
        Recorder again = run("later.get(0).run();\nruns + 41");
        assertThat(again.stream("stdout")).isEqualTo("from cell A\n");
        assertThat(again.result().data()).containsEntry("text/plain", "42");
        EngineOutput.Error error = run("later.get(1).run();").error();
        assertThat(error.evalue()).isEqualTo("thrown in cell A");
        assertThat(String.join("\n", error.traceback())).contains("line 2)");
    }

    @Test
    void theHostsClassPathIsHiddenButTheRuntimeIsVisible() {
        Recorder hidden = run("io.huntbook.kernel.java.JavaEngine e = null;");
        assertThat(hidden.error().ename()).isEqualTo("CompilationException");
        Recorder visible = run("io.huntbook.runtime.MimeBundle.text(\"x\").plainText()");
        assertThat(visible.result().data()).containsEntry("text/plain", "\"x\"");
    }

    @Test
    void readingStdinFailsWithAReasonInsteadOfHanging() {
        Recorder r = run("System.in.read()");
        assertThat(r.error().ename()).isEqualTo("java.io.IOException");
        assertThat(r.error().evalue()).contains("unattended");
    }

    @Test
    void hbIsBoundByThePrelude() {
        Recorder r = run("hb");
        assertThat(r.result().data().get("text/plain").toString()).startsWith("Huntbook session");
    }

    @Test
    void aStoppedLoopEndsTheCellButKeepsTheSession() {
        Recorder r = new Recorder();
        CellOutcome outcome = engine.execute("long n = 0; while (true) { n++; }", r, Duration.ofMillis(800));
        assertThat(outcome.status()).isEqualTo(CellOutcome.Status.TIMED_OUT);
        assertThat(r.error().ename()).isEqualTo("TimeoutError");
        assertThat(engine.alive()).isTrue();
        assertThat(run("1 + 1").result().data()).containsEntry("text/plain", "2");
    }

    @Test
    void languageInfoSaysJava() {
        assertThat(engine.languageInfo()).containsEntry("name", "java")
                .containsEntry("mimetype", "text/x-java-source").containsEntry("file_extension", ".jsh");
    }
}
