package io.huntbook.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * The server's log: one JSON object per line ({@code ts}, {@code level}, {@code event}, {@code run_id} when there is
 * a run, {@code message}, extra fields), so that log shippers need no parsing rules. Messages never hold parameter
 * values (which may be sensitive), only names and ids.
 */
public final class JsonLog {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final PrintStream out;
    private final Clock clock;

    public JsonLog(PrintStream out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    public void info(String event, @Nullable String runId, String message, Object... fields) {
        write("INFO", event, runId, message, fields);
    }

    public void warn(String event, @Nullable String runId, String message, Object... fields) {
        write("WARN", event, runId, message, fields);
    }

    public void error(String event, @Nullable String runId, String message, Object... fields) {
        write("ERROR", event, runId, message, fields);
    }

    private void write(String level, String event, @Nullable String runId, String message, Object... fields) {
        ObjectNode line = MAPPER.createObjectNode();
        line.put("ts", clock.instant().toString());
        line.put("level", level);
        line.put("event", event);
        if (runId != null) {
            line.put("run_id", runId);
        }
        line.put("message", message);
        for (int i = 0; i + 1 < fields.length; i += 2) {
            Object value = fields[i + 1];
            line.set(String.valueOf(fields[i]), MAPPER.valueToTree(value));
        }
        try {
            String text = MAPPER.writeValueAsString(line);
            synchronized (out) {
                out.println(text);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a log line: " + e.getMessage(), e);
        }
    }
}
