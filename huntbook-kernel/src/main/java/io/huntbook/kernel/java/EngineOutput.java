package io.huntbook.kernel.java;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One output of a cell, in the order it happened, shaped like Jupyter's output messages. MIME data and metadata are
 * plain JSON values (maps, lists, strings, numbers, booleans, null).
 */
public sealed interface EngineOutput {
    /** Text on {@code stdout} or {@code stderr}. */
    record Stream(String name, String text) implements EngineOutput {}

    /** A rich output ({@code display_data}), or, when {@code update} is true, a replacement of earlier ones. */
    record Display(Map<String, Object> data, Map<String, Object> metadata, @Nullable String displayId,
                   boolean update) implements EngineOutput {}

    /** The value of the cell's final expression ({@code execute_result}). */
    record Result(Map<String, Object> data, Map<String, Object> metadata, int executionCount)
            implements EngineOutput {}

    /** An error: exception or compile error, with a traceback of text lines. */
    record Error(String ename, String evalue, List<String> traceback) implements EngineOutput {}
}
