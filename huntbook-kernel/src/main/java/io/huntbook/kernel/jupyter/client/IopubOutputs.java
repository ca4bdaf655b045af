package io.huntbook.kernel.jupyter.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.kernel.java.EngineOutput;
import io.huntbook.kernel.jupyter.wire.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * iopub messages as cell outputs, the way nbclient turns them into nbformat outputs: {@code stream},
 * {@code display_data} (with its {@code transient.display_id}), {@code update_display_data}, {@code execute_result}
 * and {@code error}. Other messages ({@code clear_output}, comms) produce no output.
 */
final class IopubOutputs {
    private static final ObjectMapper JSON = new ObjectMapper();

    private IopubOutputs() {}

    static Optional<EngineOutput> toOutput(Message message) {
        ObjectNode content = message.content();
        return switch (message.type()) {
            case "stream" -> Optional.of(new EngineOutput.Stream(content.path("name").asText("stdout"),
                    content.path("text").asText("")));
            case "display_data", "update_display_data" -> {
                JsonNode id = content.path("transient").path("display_id");
                yield Optional.of(new EngineOutput.Display(map(content.path("data")), map(content.path("metadata")),
                        id.isTextual() ? id.asText() : null, message.type().equals("update_display_data")));
            }
            case "execute_result" -> Optional.of(new EngineOutput.Result(map(content.path("data")),
                    map(content.path("metadata")), content.path("execution_count").asInt(0)));
            case "error" -> {
                List<String> traceback = new ArrayList<>();
                content.path("traceback").forEach(line -> traceback.add(line.asText()));
                yield Optional.of(new EngineOutput.Error(content.path("ename").asText(""),
                        content.path("evalue").asText(""), traceback));
            }
            default -> Optional.empty();
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(JsonNode node) {
        return node.isObject() ? JSON.convertValue(node, Map.class) : Map.of();
    }
}
