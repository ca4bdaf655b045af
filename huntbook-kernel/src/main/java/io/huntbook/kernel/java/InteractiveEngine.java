package io.huntbook.kernel.java;

import java.io.InputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an interactive front end (the Huntbook Jupyter kernel) asks of the Java engine beyond running cells. The Java
 * engine started by {@link JavaEngine#start} implements it; call it from the thread that runs cells.
 */
public interface InteractiveEngine {
    /** Whether {@code code} could run as it is: Jupyter's {@code is_complete} statuses. */
    enum Completeness {
        COMPLETE,
        INCOMPLETE,
        INVALID
    }

    /**
     * Completions at a cursor.
     *
     * @param matches the texts that may replace {@code code[start, end)}
     */
    record Completions(List<String> matches, int start, int end) {
        public Completions {
            matches = List.copyOf(matches);
        }
    }

    Completeness completeness(String code);

    /** JShell's suggestions at {@code cursor} (a char offset in {@code code}). */
    Completions complete(String code, int cursor);

    /** JShell's documentation of what is at {@code cursor}: signatures, with their Javadoc when {@code detail}. */
    List<String> documentation(String code, int cursor, boolean detail);

    /**
     * Where the cells' {@code System.in} reads from from now on; null for none (a read then fails, saying that the
     * notebook has no standard input).
     */
    void stdin(@Nullable InputStream source);
}
