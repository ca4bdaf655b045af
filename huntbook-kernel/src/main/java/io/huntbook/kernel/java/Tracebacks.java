package io.huntbook.kernel.java;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShellException;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Turns JShell's errors into Jupyter error outputs: compile diagnostics with the cell line, column and the offending
 * line; exceptions with stack traces trimmed to user code, whose frames name the cell ({@code In [n]}) and line.
 */
final class Tracebacks {
    private static final String RED = "\u001b[0;31m";
    private static final String RESET = "\u001b[0m";
    private static final int MAX_FRAMES = 40;

    /**
     * Where a snippet came from: which cell (by execution count), at which offset, and how many characters the engine
     * put in front of the cell's text (they count as the first character's position).
     */
    record Origin(int executionCount, String cell, int offset, int inserted) {
        int line(int position) {
            int absolute = Math.min(offset + Math.max(position - inserted, 0), cell.length());
            int line = 1;
            for (int i = 0; i < absolute; i++) {
                if (cell.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }

        int column(int position) {
            int absolute = Math.min(offset + Math.max(position - inserted, 0), cell.length());
            return absolute - cell.lastIndexOf('\n', absolute - 1);
        }

        String lineText(int line) {
            String[] lines = cell.split("\n", -1);
            return line - 1 < lines.length ? lines[line - 1] : "";
        }
    }

    private Tracebacks() {}

    static EngineOutput.Error compileError(List<Diag> diagnostics, Origin origin) {
        List<String> traceback = new ArrayList<>();
        String first = null;
        for (Diag diag : diagnostics) {
            if (!diag.isError()) {
                continue;
            }
            int line = origin.line((int) diag.getStartPosition());
            int column = origin.column((int) diag.getStartPosition());
            String message = diag.getMessage(Locale.ROOT);
            String where = "In [" + origin.executionCount() + "], line " + line + ", column " + column;
            if (first == null) {
                first = where + ": " + message.lines().findFirst().orElse(message);
            }
            traceback.add(RED + "Compilation error" + RESET + " " + where + ": " + message);
            String text = origin.lineText(line);
            traceback.add("    " + text);
            int width = (int) Math.max(1, Math.min(diag.getEndPosition() - diag.getStartPosition(),
                    text.length() - column + 1));
            traceback.add("    " + " ".repeat(Math.max(column - 1, 0)) + "^".repeat(Math.max(width, 1)));
        }
        if (first == null) {
            first = "the snippet at In [" + origin.executionCount() + "], line " + origin.line(0)
                    + " was rejected";
            traceback.add(RED + "CompilationException" + RESET + ": " + first);
        }
        return new EngineOutput.Error("CompilationException", first, traceback);
    }

    static EngineOutput.Error exception(JShellException exception, Map<String, Origin> origins) {
        String ename = exception instanceof EvalException eval ? eval.getExceptionClassName()
                : exception.getClass().getSimpleName();
        String evalue = exception instanceof UnresolvedReferenceException unresolved
                ? unresolvedMessage(unresolved)
                : exception.getMessage() == null ? "" : exception.getMessage();
        List<String> traceback = new ArrayList<>();
        traceback.add(RED + ename + RESET + (evalue.isEmpty() ? "" : ": " + evalue));
        frames(exception, origins, traceback);
        Throwable cause = exception.getCause();
        int depth = 0;
        while (cause != null && depth++ < 10) {
            String causeName = cause instanceof EvalException eval ? eval.getExceptionClassName()
                    : cause.getClass().getName();
            traceback.add("Caused by: " + causeName + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
            frames(cause, origins, traceback);
            cause = cause.getCause();
        }
        return new EngineOutput.Error(ename, evalue, traceback);
    }

    private static String unresolvedMessage(UnresolvedReferenceException unresolved) {
        return "'" + unresolved.getSnippet().source().strip().lines().findFirst().orElse("")
                + "' cannot run until what it references is declared";
    }

    /** The frames down to the last one in notebook code; the engine's own frames below it are noise. */
    private static void frames(Throwable error, Map<String, Origin> origins, List<String> traceback) {
        StackTraceElement[] stack = error.getStackTrace();
        int last = -1;
        for (int i = 0; i < stack.length; i++) {
            if (isSnippetFrame(stack[i])) {
                last = i;
            }
        }
        int end = last >= 0 ? last + 1 : stack.length;
        for (int i = 0; i < end && i < MAX_FRAMES; i++) {
            traceback.add("    at " + frame(stack[i], origins));
        }
        if (end > MAX_FRAMES) {
            traceback.add("    ... " + (end - MAX_FRAMES) + " more");
        }
    }

    private static boolean isSnippetFrame(StackTraceElement frame) {
        return frame.getFileName() != null && frame.getFileName().startsWith("#");
    }

    private static String frame(StackTraceElement frame, Map<String, Origin> origins) {
        if (!isSnippetFrame(frame)) {
            return frame.toString();
        }
        Origin origin = origins.get(frame.getFileName().substring(1));
        // JShell names a snippet's top-level code "" (its wrapper method, do_it$, is hidden).
        String method = frame.getMethodName().isEmpty() || frame.getMethodName().equals("do_it$") ? "<cell>"
                : frame.getMethodName();
        if (origin == null) {
            return method + " (snippet " + frame.getFileName() + ")";
        }
        int line = origin.line(0) + Math.max(frame.getLineNumber(), 1) - 1;
        return method + " (In [" + origin.executionCount() + "], line " + line + ")";
    }
}
