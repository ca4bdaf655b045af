package io.huntbook.kernel.jupyter.client;

import io.huntbook.kernel.jupyter.wire.Channel;
import io.huntbook.kernel.jupyter.wire.ConnectionInfo;
import io.huntbook.kernel.jupyter.wire.Message;
import io.huntbook.kernel.jupyter.wire.MessageSocket;
import io.huntbook.kernel.jupyter.wire.WireCodec;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * The client's side of one kernel: its sockets (shell, iopub, stdin and control; heartbeat on its own thread) and,
 * when Huntbook launched it, its process. Shell, iopub and stdin belong to the thread that runs cells; control is
 * guarded by its own lock, since interrupts come from other threads.
 */
final class Connection implements AutoCloseable {
    /** A message and the channel it came on. */
    record Incoming(Channel channel, Message message) {}

    final ConnectionInfo info;
    final @Nullable KernelProcess process;
    private final ZContext context = new ZContext(1);
    final MessageSocket shell;
    final MessageSocket iopub;
    final MessageSocket stdin;
    private final MessageSocket control;
    private final Heartbeat heartbeat;
    private final ZMQ.Poller poller;

    /**
     * @param session the client's session id: shell and stdin carry it as their identity, as jupyter_client's do,
     *     so a kernel routes an {@code input_request} to the stdin socket of the client that asked
     */
    Connection(ConnectionInfo info, @Nullable KernelProcess process, long heartbeatLostMillis, String session) {
        this.info = info;
        this.process = process;
        WireCodec codec = info.codec();
        byte[] identity = session.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        this.shell = socket(SocketType.DEALER, Channel.SHELL, codec, identity);
        this.iopub = socket(SocketType.SUB, Channel.IOPUB, codec, null);
        this.iopub.socket().subscribe(new byte[0]);
        this.stdin = socket(SocketType.DEALER, Channel.STDIN, codec, identity);
        this.control = socket(SocketType.DEALER, Channel.CONTROL, codec, null);
        this.heartbeat = new Heartbeat(context, info.address(Channel.HB), heartbeatLostMillis);
        this.poller = context.createPoller(3);
        poller.register(shell.socket(), ZMQ.Poller.POLLIN);
        poller.register(iopub.socket(), ZMQ.Poller.POLLIN);
        poller.register(stdin.socket(), ZMQ.Poller.POLLIN);
    }

    private MessageSocket socket(SocketType type, Channel channel, WireCodec codec, byte @Nullable [] identity) {
        ZMQ.Socket socket = context.createSocket(type);
        socket.setLinger(0);
        if (identity != null) {
            socket.setIdentity(identity);
        }
        socket.connect(info.address(channel));
        return new MessageSocket(socket, codec);
    }

    /** The next message on shell, iopub or stdin, waiting at most {@code millis}. */
    Optional<Incoming> next(long millis) {
        if (poller.poll(millis) <= 0) {
            return Optional.empty();
        }
        // iopub first: a cell's outputs come before its idle status, and the reply can overtake them.
        if (poller.pollin(1)) {
            Optional<Message> message = iopub.receive(0);
            if (message.isPresent()) {
                return Optional.of(new Incoming(Channel.IOPUB, message.get()));
            }
        }
        if (poller.pollin(0)) {
            Optional<Message> message = shell.receive(0);
            if (message.isPresent()) {
                return Optional.of(new Incoming(Channel.SHELL, message.get()));
            }
        }
        if (poller.pollin(2)) {
            Optional<Message> message = stdin.receive(0);
            if (message.isPresent()) {
                return Optional.of(new Incoming(Channel.STDIN, message.get()));
            }
        }
        return Optional.empty();
    }

    /** Sends on control and waits at most {@code millis} for the reply to it. */
    synchronized Optional<Message> control(Message request, long millis) {
        if (!control.send(request)) {
            return Optional.empty();
        }
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            Optional<Message> reply = control.receive((int) Math.max(1, until - System.currentTimeMillis()));
            if (reply.isPresent() && reply.get().parentId().equals(request.id())) {
                return reply;
            }
        }
        return Optional.empty();
    }

    /** Whether the kernel is still there: its process runs, or (when attached) its heartbeat answers. */
    boolean alive() {
        return process != null ? process.alive() : !heartbeat.lost();
    }

    boolean heartbeatLost() {
        return heartbeat.lost();
    }

    @Override
    public synchronized void close() {
        heartbeat.close();
        poller.close();
        context.close();
    }
}
