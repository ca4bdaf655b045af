package io.huntbook.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link RunCompletionHandler} produced.
 *
 * @param outputUri where the output notebook now is ({@code file:} URI or an object-store URI)
 * @param details anything else to show with the run (findings, report, incident), as a JSON object
 */
public record Completion(@Nullable String outputUri, ObjectNode details) {
    public static Completion of(@Nullable String outputUri) {
        return new Completion(outputUri, JsonNodeFactory.instance.objectNode());
    }
}
