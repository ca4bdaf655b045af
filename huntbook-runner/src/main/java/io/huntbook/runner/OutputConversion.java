package io.huntbook.runner;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.kernel.java.EngineOutput;
import io.huntbook.notebook.DisplayData;
import io.huntbook.notebook.ExecuteResult;
import io.huntbook.notebook.Output;
import java.util.Map;

/** The engine's outputs as nbformat outputs. */
final class OutputConversion {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OutputConversion() {}

    static Output toOutput(EngineOutput output) {
        return switch (output) {
            case EngineOutput.Stream stream -> Output.stream(stream.name(), stream.text());
            case EngineOutput.Display display -> new DisplayData(object(display.data()), object(display.metadata()),
                    JsonNodeFactory.instance.objectNode());
            case EngineOutput.Result result -> new ExecuteResult(result.executionCount(), object(result.data()),
                    object(result.metadata()), JsonNodeFactory.instance.objectNode());
            case EngineOutput.Error error -> Output.error(error.ename(), error.evalue(), error.traceback());
        };
    }

    static ObjectNode object(Map<String, Object> values) {
        return JSON.valueToTree(values);
    }
}
