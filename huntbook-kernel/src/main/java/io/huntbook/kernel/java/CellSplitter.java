package io.huntbook.kernel.java;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/** Splits a cell into JShell snippets with {@link SourceCodeAnalysis}, remembering where each starts in the cell. */
final class CellSplitter {
    /** One snippet: its source as JShell takes it, and the offset of its first character in the cell. */
    record Piece(String source, int offset) {}

    private CellSplitter() {}

    static List<Piece> split(SourceCodeAnalysis analysis, String code) {
        List<Piece> pieces = new ArrayList<>();
        String remaining = code;
        while (!remaining.isBlank()) {
            int offset = code.length() - remaining.length();
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            Completeness completeness = info.completeness();
            if (completeness == Completeness.EMPTY) {
                break;
            }
            if (!completeness.isComplete()) {
                // Incomplete (an unclosed brace, a missing parenthesis): JShell's compiler says what is wrong.
                pieces.add(new Piece(remaining, offset));
                break;
            }
            pieces.add(new Piece(info.source(), offset));
            if (info.remaining().length() >= remaining.length()) {
                break; // no progress: never loop
            }
            remaining = info.remaining();
        }
        return pieces;
    }
}
