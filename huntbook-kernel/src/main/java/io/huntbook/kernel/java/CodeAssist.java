package io.huntbook.kernel.java;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/** Completion, completeness and documentation for whole cells, over JShell's per-snippet analysis. */
final class CodeAssist {
    private CodeAssist() {}

    static InteractiveEngine.Completeness completeness(SourceCodeAnalysis analysis, String code) {
        String remaining = code;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            Completeness completeness = info.completeness();
            if (completeness == Completeness.EMPTY) {
                break;
            }
            if (completeness == Completeness.UNKNOWN) {
                return InteractiveEngine.Completeness.INVALID;
            }
            if (!completeness.isComplete()) {
                return InteractiveEngine.Completeness.INCOMPLETE;
            }
            if (info.remaining().length() >= remaining.length()) {
                break;
            }
            remaining = info.remaining();
        }
        return InteractiveEngine.Completeness.COMPLETE;
    }

    /** Where the snippet holding {@code cursor} starts: the end of the complete snippets before it. */
    static int snippetStart(SourceCodeAnalysis analysis, String code, int cursor) {
        int start = 0;
        String remaining = code.substring(0, cursor);
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            if (!info.completeness().isComplete() || info.remaining().isBlank()
                    || info.remaining().length() >= remaining.length()) {
                break;
            }
            start += remaining.length() - info.remaining().length();
            remaining = info.remaining();
        }
        return start;
    }

    static InteractiveEngine.Completions complete(SourceCodeAnalysis analysis, String code, int cursor) {
        int at = Math.max(0, Math.min(cursor, code.length()));
        int start = snippetStart(analysis, code, at);
        int[] anchor = new int[1];
        List<SourceCodeAnalysis.Suggestion> suggestions = analysis.completionSuggestions(code.substring(start), at - start,
                anchor);
        LinkedHashSet<String> matches = new LinkedHashSet<>();
        // Suggestions that fit the expected type first, as JShell's own tool lists them.
        suggestions.stream().filter(SourceCodeAnalysis.Suggestion::matchesType)
                .forEach(s -> matches.add(s.continuation()));
        suggestions.forEach(s -> matches.add(s.continuation()));
        return new InteractiveEngine.Completions(new ArrayList<>(matches), start + anchor[0], at);
    }

    static List<String> documentation(SourceCodeAnalysis analysis, String code, int cursor, boolean detail) {
        int at = Math.max(0, Math.min(cursor, code.length()));
        int start = snippetStart(analysis, code, at);
        List<String> texts = new ArrayList<>();
        for (SourceCodeAnalysis.Documentation doc : analysis.documentation(code.substring(start), at - start, detail)) {
            String javadoc = doc.javadoc();
            texts.add(javadoc == null || javadoc.isBlank() ? doc.signature() : doc.signature() + "\n\n" + javadoc);
        }
        return texts;
    }
}
