package io.huntbook.kernel.jupyter.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.kernel.jupyter.wire.Message;
import io.huntbook.kernel.jupyter.wire.MessageSocket;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * A cell's {@code System.in} in the kernel: when the cell wants input and none is buffered, an
 * {@code input_request} goes to the front end on the stdin channel (routed like the execute request) and the
 * cell waits for the {@code input_reply}; its value and a newline are what the cell reads.
 */
final class KernelStdin extends InputStream {
    private final MessageSocket stdin;
    private final Message request;
    private final String session;
    private final BooleanSupplier running;
    private byte[] buffer = new byte[0];
    private int position;

    KernelStdin(MessageSocket stdin, Message request, String session, BooleanSupplier running) {
        this.stdin = stdin;
        this.request = request;
        this.session = session;
        this.running = running;
    }

    @Override
    public int read() throws IOException {
        if (position >= buffer.length) {
            buffer = (ask() + "\n").getBytes(StandardCharsets.UTF_8);
            position = 0;
        }
        return buffer[position++] & 0xff;
    }

    private String ask() throws IOException {
        synchronized (stdin) {
            ObjectNode content = JsonNodeFactory.instance.objectNode();
            content.put("prompt", "");
            content.put("password", false);
            Message inputRequest = Message.create(session, "input_request", request, content);
            if (!stdin.send(inputRequest)) {
                throw new IOException("cannot ask the front end for input");
            }
            while (running.getAsBoolean()) {
                Optional<Message> reply = stdin.receive(200);
                // Any input_reply answers: jupyter_client's input() sends it without a parent header.
                if (reply.isPresent() && reply.get().type().equals("input_reply")) {
                    return reply.get().content().path("value").asText("");
                }
            }
            throw new IOException("the kernel is shutting down");
        }
    }
}
