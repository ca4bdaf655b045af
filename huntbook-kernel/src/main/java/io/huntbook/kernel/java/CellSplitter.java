package io.huntbook.kernel.java;

import java.util.ArrayList;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/** Splits a cell into JShell snippets with {@link SourceCodeAnalysis}, remembering where each starts in the cell. */
final class CellSplitter {
    /**
     * One snippet: its source as JShell takes it, the offset in the cell of its first character after the
     * {@code inserted} characters the engine put in front (a block's opening brace).
     */
    record Piece(String source, int offset, int inserted) {
        Piece(String source, int offset) {
            this(source, offset, 0);
        }
    }

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
            // A piece starts at its first character, not at the line break before it: JShell drops leading blanks
            // when it compiles, and stack traces count lines from there.
            String source = info.source();
            int blank = 0;
            while (blank < source.length() && Character.isWhitespace(source.charAt(blank))) {
                blank++;
            }
            pieces.add(new Piece(source.substring(blank), offset + blank));
            if (info.remaining().length() >= remaining.length()) {
                break; // no progress: never loop
            }
            remaining = info.remaining();
        }
        return pieces;
    }

    /**
     * Joins each run of two or more plain statements ({@link PlainStatements}) into one block snippet, so a cell of
     * calls costs one evaluation. The last piece stays alone: its value, if any, is the cell's result. The block keeps
     * the cell's text between the statements (comments, line breaks), so line numbers in errors stay right.
     */
    static List<Piece> mergePlainStatements(List<Piece> pieces, String code) {
        if (pieces.size() < 3) {
            return pieces;
        }
        List<String> raw = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            int end = i + 1 < pieces.size() ? pieces.get(i + 1).offset() : code.length();
            raw.add(code.substring(pieces.get(i).offset(), end));
        }
        boolean[] plain = PlainStatements.classify(raw.subList(0, raw.size() - 1));
        List<Piece> merged = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            int j = i;
            while (j < plain.length && plain[j]) {
                j++;
            }
            if (j - i >= 2) {
                int start = pieces.get(i).offset();
                int end = pieces.get(j).offset();
                merged.add(new Piece("{" + code.substring(start, end) + "\n}", start, 1));
                i = j;
            } else {
                merged.add(pieces.get(i));
                i++;
            }
        }
        return merged;
    }
}
