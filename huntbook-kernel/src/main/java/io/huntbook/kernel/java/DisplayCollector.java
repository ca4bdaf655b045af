package io.huntbook.kernel.java;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;

/** Reads the agent's rich outputs: one JSON line each, as the runtime's channel sink writes them. */
final class DisplayCollector extends OutputStream {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Consumer<EngineOutput> sink;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    DisplayCollector(Consumer<EngineOutput> sink) {
        this.sink = sink;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        int start = offset;
        for (int i = offset; i < offset + length; i++) {
            if (bytes[i] == '\n') {
                line.write(bytes, start, i - start);
                publish(line.toString(StandardCharsets.UTF_8));
                line.reset();
                start = i + 1;
            }
        }
        line.write(bytes, start, offset + length - start);
    }

    @SuppressWarnings("unchecked")
    private void publish(String json) {
        Map<String, Object> message;
        try {
            message = JSON.readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            sink.accept(new EngineOutput.Stream("stderr", "[huntbook: an unreadable rich output was dropped]\n"));
            return;
        }
        Object displayId = message.get("display_id");
        sink.accept(new EngineOutput.Display((Map<String, Object>) message.get("data"),
                (Map<String, Object>) message.get("metadata"), displayId == null ? null : displayId.toString(),
                Boolean.TRUE.equals(message.get("update"))));
    }

    /** Parses a bundle's JSON ({@code {"data":..., "metadata":...}}) as the agent renders a final value. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String json) {
        try {
            return JSON.readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the agent sent an unreadable value: " + e.getOriginalMessage(), e);
        }
    }
}
