package io.huntbook.notebook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One output of a code cell: {@link StreamOutput}, {@link DisplayData}, {@link ExecuteResult}, {@link ErrorOutput},
 * or an {@link UnrecognizedOutput} of a type nbformat does not define. Outputs are immutable values.
 */
public sealed interface Output permits StreamOutput, RichOutput, ErrorOutput, UnrecognizedOutput {
    /** {@code stream}, {@code display_data}, {@code execute_result}, {@code error} or another type. */
    String outputType();

    /** Fields nbformat does not define for this output type, kept through a round trip. Do not change in place. */
    ObjectNode extra();

    /** Text on {@code stdout} or {@code stderr}. */
    static StreamOutput stream(String name, String text) {
        return new StreamOutput(name, text, Json.object());
    }

    /** A displayed MIME bundle ({@code data}: MIME type to content) with empty output metadata. */
    static DisplayData displayData(ObjectNode data) {
        return new DisplayData(data, Json.object(), Json.object());
    }

    /** A cell's result value as a MIME bundle, with empty output metadata. */
    static ExecuteResult executeResult(@Nullable Integer executionCount, ObjectNode data) {
        return new ExecuteResult(executionCount, data, Json.object(), Json.object());
    }

    /** An error with its name, value and traceback lines. */
    static ErrorOutput error(String ename, String evalue, List<String> traceback) {
        return new ErrorOutput(ename, evalue, traceback, Json.object());
    }
}
