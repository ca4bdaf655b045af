package io.huntbook.runtime.agent;

import io.huntbook.runtime.Json;
import io.huntbook.runtime.MimeBundle;
import io.huntbook.runtime.OutputSink;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Sends each output to the host as one JSON line on the display stream, in order with stdout and stderr. */
final class ChannelSink implements OutputSink {
    private final OutputStream channel;

    ChannelSink(OutputStream channel) {
        this.channel = channel;
    }

    @Override
    public void publish(MimeBundle bundle, String displayId, boolean update) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("data", bundle.data());
        message.put("metadata", bundle.metadata());
        if (displayId != null) {
            message.put("display_id", displayId);
        }
        message.put("update", update);
        byte[] line = (Json.write(message) + "\n").getBytes(StandardCharsets.UTF_8);
        // Flush the text streams first so that text printed before the output is shown before it.
        System.out.flush();
        System.err.flush();
        try {
            synchronized (channel) {
                channel.write(line);
                channel.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot send an output to the host: " + e.getMessage(), e);
        }
    }
}
