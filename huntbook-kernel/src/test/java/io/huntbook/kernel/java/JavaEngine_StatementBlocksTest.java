package io.huntbook.kernel.java;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs of plain statements (calls, assignments, increments) evaluate as one block: what users see is the same as one
 * by one, with the right cell lines in errors.
 */
class JavaEngine_StatementBlocksTest extends OneEngine {
    @Test
    void onlyRunsOfTwoOrMorePlainStatementsBeforeTheLastPieceAreJoined() {
        String cell = "int n = 0;\nn++;\n// a comment\nn += 2;\nSystem.out.println(n);\nint m = n;\nm\n";
        List<CellSplitter.Piece> pieces = CellSplitter.split(jdk.jshell.JShell.create().sourceCodeAnalysis(), cell);
        List<CellSplitter.Piece> merged = CellSplitter.mergePlainStatements(pieces, cell);

        assertThat(pieces).hasSize(6);
        assertThat(merged).hasSize(4);
        assertThat(merged.get(1).source()).startsWith("{").endsWith("\n}").contains("n++;", "// a comment", "n += 2;",
                "System.out.println(n);");
        assertThat(merged.get(1).inserted()).isEqualTo(1);
        assertThat(merged.get(3).source().strip()).isEqualTo("m");
    }

    @Test
    void statementsInABlockBehaveAsOneByOne() {
        Recorder r = run("""
                int total = 0;
                total += 5;
                total++;
                System.out.println("total " + total);
                System.err.println("err");
                total
                """);
        assertThat(r.stream("stdout")).isEqualTo("total 6\n");
        assertThat(r.stream("stderr")).isEqualTo("err\n");
        assertThat(r.result().data()).containsEntry("text/plain", "6");
        assertThat(r.stream("outcome")).isEqualTo("OK");
    }

    @Test
    void anExceptionInsideABlockNamesItsCellLine() {
        Recorder r = run("""
                int[] hits = new int[1];
                hits[0] = 1;
                Integer.parseInt("12");
                Integer.parseInt("x" + hits[0]);
                System.out.println("never");
                hits[0]
                """);
        EngineOutput.Error error = r.error();
        assertThat(error.ename()).isEqualTo("java.lang.NumberFormatException");
        assertThat(String.join("\n", error.traceback())).contains("<cell> (In [").contains("line 4)");
        assertThat(r.stream("stdout")).isEmpty();
    }

    @Test
    void anExceptionAfterBlankLinesNamesItsCellLine() {
        Recorder r = run("int a = 1;\n\n\nthrow new IllegalStateException(\"third\");\n");
        assertThat(String.join("\n", r.error().traceback())).contains("<cell> (In [").contains("line 4)");
    }

    @Test
    void aCompileErrorInsideABlockNamesLineColumnAndTheLine() {
        Recorder r = run("System.out.println(1);\nSystem.out.println(noSuchThing);\nSystem.out.println(3);\n1\n");
        EngineOutput.Error error = r.error();
        assertThat(error.evalue()).contains("line 2, column 20").contains("cannot find symbol");
        assertThat(String.join("\n", error.traceback())).contains("    System.out.println(noSuchThing);")
                .contains("                       ^");
        assertThat(r.stream("stdout")).as("the block did not run").isEmpty();
    }

    @Test
    void anythingThatIsNotAPlainStatementIsLeftAlone() {
        Recorder r = run("""
                String s = "a";
                if (s.isEmpty()) throw new IllegalStateException();
                s = s + "b";
                s.length();
                s
                """);
        assertThat(r.result().data()).containsEntry("text/plain", "\"ab\"");
        assertThat(PlainStatements.classify(List.of("foo();", "x = 1;", "int y = 2;", "if (a) b();", "return;",
                "class A {}", "a(); b();", "new Thread();", "i--;", "/* c */ x.y(\"}\"); // d")))
                .containsExactly(true, true, false, false, false, false, false, true, true, true);
        assertThat(PlainStatements.classify(List.of("foo();", "bar", "baz();"))).as("a parse error: none is joined")
                .containsExactly(false, false, false);
    }
}
