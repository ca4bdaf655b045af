package io.huntbook.kernel.jupyter.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * A JeroMQ socket that sends and receives signed Jupyter messages. Like every ZeroMQ socket it is not thread-safe:
 * one thread uses it at a time (callers that share one hold its lock). Messages with a bad signature are dropped and
 * logged, never returned.
 */
public final class MessageSocket implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MessageSocket.class);

    private final ZMQ.Socket socket;
    private final WireCodec codec;

    public MessageSocket(ZMQ.Socket socket, WireCodec codec) {
        this.socket = socket;
        this.codec = codec;
    }

    /** The underlying socket, for polling. */
    public ZMQ.Socket socket() {
        return socket;
    }

    /** Sends {@code message}; returns false when the socket is closed or the message could not be queued. */
    public boolean send(Message message) {
        List<byte[]> frames = codec.encode(message);
        try {
            for (int i = 0; i < frames.size(); i++) {
                boolean more = i < frames.size() - 1;
                if (!socket.send(frames.get(i), more ? ZMQ.SNDMORE : 0)) {
                    return false;
                }
            }
            return true;
        } catch (ZMQException | IllegalStateException e) {
            LOG.debug("cannot send {}: {}", message.type(), e.getMessage());
            return false;
        }
    }

    /**
     * The next trustworthy message, waiting at most {@code timeoutMillis} (0: do not wait, negative: forever); empty
     * when none came in time or one was rejected.
     */
    public Optional<Message> receive(int timeoutMillis) {
        List<byte[]> frames = receiveFrames(timeoutMillis);
        if (frames == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(codec.decode(frames));
        } catch (WireException e) {
            LOG.warn("dropped a message: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** The raw frames of the next message, or null when none came in time. */
    public @Nullable List<byte[]> receiveFrames(int timeoutMillis) {
        try {
            socket.setReceiveTimeOut(timeoutMillis);
            byte[] first = socket.recv(0);
            if (first == null) {
                return null;
            }
            List<byte[]> frames = new ArrayList<>();
            frames.add(first);
            while (socket.hasReceiveMore()) {
                frames.add(socket.recv(0));
            }
            return frames;
        } catch (ZMQException | IllegalStateException e) {
            LOG.debug("cannot receive: {}", e.getMessage());
            return null;
        }
    }

    @Override
    public void close() {
        socket.setLinger(0);
        socket.close();
    }
}
