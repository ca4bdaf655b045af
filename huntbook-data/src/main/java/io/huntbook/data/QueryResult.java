package io.huntbook.data;

import java.util.List;
import org.dflib.DataFrame;

/**
 * The rows a query returned and what kept it from returning all of them. A result with problems is partial: its rows
 * are real, but some are missing, and callers must say so (the command line writes the rows and exits 1) rather than
 * treat them as the whole answer.
 */
public record QueryResult(DataFrame rows, List<QueryProblem> problems) {
    public QueryResult {
        problems = List.copyOf(problems);
    }

    /** Every row there is. */
    public static QueryResult complete(DataFrame rows) {
        return new QueryResult(rows, List.of());
    }

    /** Whether nothing is missing. */
    public boolean isComplete() {
        return problems.isEmpty();
    }

    /** The rows, or a {@link PartialResultException} carrying them and the problems when some are missing. */
    public DataFrame rowsOrThrow() {
        if (!isComplete()) {
            throw new PartialResultException(this);
        }
        return rows;
    }
}
