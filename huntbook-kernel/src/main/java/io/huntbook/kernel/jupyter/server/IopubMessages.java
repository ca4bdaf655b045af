package io.huntbook.kernel.jupyter.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.kernel.java.EngineOutput;
import io.huntbook.kernel.jupyter.wire.Message;
import org.jspecify.annotations.Nullable;

/** The Java engine's outputs as iopub messages. */
final class IopubMessages {
    private static final ObjectMapper JSON = new ObjectMapper();

    private IopubMessages() {}

    /** The message for {@code output}, or null when a silent request hides it (its result). */
    static @Nullable Message of(EngineOutput output, Message parent, String session, int count, boolean silent) {
        ObjectNode content = JSON.createObjectNode();
        String type;
        switch (output) {
            case EngineOutput.Stream stream -> {
                type = "stream";
                content.put("name", stream.name());
                content.put("text", stream.text());
            }
            case EngineOutput.Display display -> {
                type = display.update() ? "update_display_data" : "display_data";
                content.set("data", JSON.valueToTree(display.data()));
                content.set("metadata", JSON.valueToTree(display.metadata()));
                ObjectNode transientPart = content.putObject("transient");
                if (display.displayId() != null) {
                    transientPart.put("display_id", display.displayId());
                }
            }
            case EngineOutput.Result result -> {
                if (silent) {
                    return null;
                }
                type = "execute_result";
                content.put("execution_count", count);
                content.set("data", JSON.valueToTree(result.data()));
                content.set("metadata", JSON.valueToTree(result.metadata()));
            }
            case EngineOutput.Error error -> {
                type = "error";
                content.put("ename", error.ename());
                content.put("evalue", error.evalue());
                ArrayNode traceback = content.putArray("traceback");
                error.traceback().forEach(traceback::add);
            }
        }
        return Message.create(session, type, parent, content);
    }
}
