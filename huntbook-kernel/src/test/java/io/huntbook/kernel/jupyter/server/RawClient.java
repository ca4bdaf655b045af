package io.huntbook.kernel.jupyter.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.kernel.jupyter.wire.Channel;
import io.huntbook.kernel.jupyter.wire.ConnectionInfo;
import io.huntbook.kernel.jupyter.wire.Message;
import io.huntbook.kernel.jupyter.wire.MessageSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/** A bare protocol client for tests: sends any request and collects what comes back on each channel. */
final class RawClient implements AutoCloseable {
    final String session = UUID.randomUUID().toString();
    private final ZContext context = new ZContext(1);
    final MessageSocket shell;
    final MessageSocket control;
    final MessageSocket stdin;
    final MessageSocket iopub;
    final ZMQ.Socket heartbeat;

    RawClient(ConnectionInfo info) {
        byte[] identity = session.getBytes(StandardCharsets.UTF_8);
        shell = socket(SocketType.DEALER, info, Channel.SHELL, identity);
        control = socket(SocketType.DEALER, info, Channel.CONTROL, identity);
        stdin = socket(SocketType.DEALER, info, Channel.STDIN, identity);
        iopub = socket(SocketType.SUB, info, Channel.IOPUB, null);
        iopub.socket().subscribe(new byte[0]);
        heartbeat = context.createSocket(SocketType.REQ);
        heartbeat.connect(info.address(Channel.HB));
    }

    private MessageSocket socket(SocketType type, ConnectionInfo info, Channel channel, byte[] identity) {
        ZMQ.Socket socket = context.createSocket(type);
        socket.setLinger(0);
        if (identity != null) {
            socket.setIdentity(identity);
        }
        socket.connect(info.address(channel));
        return new MessageSocket(socket, info.codec());
    }

    Message send(MessageSocket channel, String type, ObjectNode content) {
        Message message = Message.create(session, type, null, content);
        channel.send(message);
        return message;
    }

    /** The reply to {@code request} on {@code channel}. */
    Message reply(MessageSocket channel, Message request, Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            Optional<Message> message = channel.receive(100);
            if (message.isPresent() && message.get().parentId().equals(request.id())) {
                return message.get();
            }
        }
        throw new AssertionError("no reply to " + request.type() + " within " + timeout);
    }

    /** The iopub messages of {@code request}, up to and including its idle status. */
    List<Message> iopubUntilIdle(Message request, Duration timeout) {
        List<Message> messages = new ArrayList<>();
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            Optional<Message> message = iopub.receive(100);
            if (message.isEmpty() || !message.get().parentId().equals(request.id())) {
                continue;
            }
            messages.add(message.get());
            if (message.get().type().equals("status")
                    && message.get().content().path("execution_state").asText().equals("idle")) {
                return messages;
            }
        }
        throw new AssertionError("no idle status for " + request.type() + " within " + timeout + "; got "
                + messages);
    }

    /** The first iopub message of {@code request} that {@code wanted} accepts. */
    Message iopubUntil(Message request, Predicate<Message> wanted, Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            Optional<Message> message = iopub.receive(100);
            if (message.isPresent() && message.get().parentId().equals(request.id()) && wanted.test(message.get())) {
                return message.get();
            }
        }
        throw new AssertionError("no such iopub message for " + request.type() + " within " + timeout);
    }

    /** Sends kernel_info until iopub delivers (a SUB socket misses what comes before its subscription). */
    void awaitReady(Duration timeout) {
        long until = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < until) {
            Message request = send(shell, "kernel_info_request", JsonNodeFactory.instance.objectNode());
            reply(shell, request, timeout);
            Optional<Message> status = iopub.receive(300);
            if (status.isPresent()) {
                while (iopub.receive(100).isPresent()) {
                    // drain
                }
                return;
            }
        }
        throw new AssertionError("the kernel did not get ready");
    }

    static ObjectNode execute(String code) {
        ObjectNode content = JsonNodeFactory.instance.objectNode();
        content.put("code", code);
        content.put("silent", false);
        content.put("store_history", true);
        content.putObject("user_expressions");
        content.put("allow_stdin", false);
        content.put("stop_on_error", true);
        return content;
    }

    @Override
    public void close() {
        context.close();
    }
}
