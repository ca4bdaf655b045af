package io.huntbook.data;

/**
 * Something that kept a query from returning every row: a partial error the service reported next to the rows it did
 * return, or a time chunk of a split query that still failed after its retries. {@code part} says which part of the
 * query it concerns (a workspace, {@code 2024-05-01T00:00:00Z..2024-05-02T00:00:00Z}, or {@code query}).
 */
public record QueryProblem(String part, String message) {
    @Override
    public String toString() {
        return part + ": " + message;
    }
}
