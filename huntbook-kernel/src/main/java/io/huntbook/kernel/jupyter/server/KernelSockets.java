package io.huntbook.kernel.jupyter.server;

import io.huntbook.kernel.java.EngineException;
import io.huntbook.kernel.jupyter.wire.Channel;
import io.huntbook.kernel.jupyter.wire.ConnectionInfo;
import io.huntbook.kernel.jupyter.wire.Message;
import io.huntbook.kernel.jupyter.wire.MessageSocket;
import io.huntbook.kernel.jupyter.wire.WireCodec;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * The kernel's bound sockets. Shell and control each belong to their own thread; iopub and stdin are shared and
 * used under their own locks; heartbeat echoes on a thread of its own.
 */
final class KernelSockets implements AutoCloseable {
    private final ZContext context = new ZContext(1);
    final MessageSocket shell;
    final MessageSocket control;
    private final MessageSocket iopub;
    final MessageSocket stdin;
    final ZMQ.Socket heartbeat;

    KernelSockets(ConnectionInfo info) {
        WireCodec codec = info.codec();
        try {
            shell = new MessageSocket(bind(SocketType.ROUTER, info, Channel.SHELL), codec);
            control = new MessageSocket(bind(SocketType.ROUTER, info, Channel.CONTROL), codec);
            iopub = new MessageSocket(bind(SocketType.PUB, info, Channel.IOPUB), codec);
            stdin = new MessageSocket(bind(SocketType.ROUTER, info, Channel.STDIN), codec);
            heartbeat = bind(SocketType.REP, info, Channel.HB);
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    private ZMQ.Socket bind(SocketType type, ConnectionInfo info, Channel channel) {
        ZMQ.Socket socket = context.createSocket(type);
        socket.setLinger(1000);
        String address = info.address(channel);
        try {
            socket.bind(address);
        } catch (ZMQException e) {
            // The words jupyter_client and Huntbook's client look for to launch again on other ports.
            String reason = e.getErrorCode() == ZMQ.Error.EADDRINUSE.getCode() ? "Address already in use"
                    : e.getMessage();
            throw new EngineException("cannot bind the " + channel.name().toLowerCase(java.util.Locale.ROOT)
                    + " channel to " + address + ": " + reason, e);
        }
        return socket;
    }

    /** Publishes on iopub (the topic is the message type, as ipykernel's {@code kernel.<id>.<type>} ends). */
    void publish(Message message) {
        synchronized (iopub) {
            iopub.send(message.withIdentities(java.util.List.of(
                    ("kernel." + message.type()).getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
