package io.huntbook.kernel.jupyter.client;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * Pings the kernel's heartbeat channel (a REQ socket whose echo proves the kernel's loop is alive) on a daemon thread.
 * A kernel that has not answered for {@code lostAfterMillis} is reported lost; a REQ socket that missed its reply is
 * replaced, since it cannot send again.
 */
final class Heartbeat implements AutoCloseable {
    private static final long INTERVAL_MILLIS = 1000;

    private final ZContext context;
    private final String address;
    private final long lostAfterMillis;
    private final Thread thread;
    private volatile long lastBeat = System.currentTimeMillis();
    private volatile boolean running = true;

    Heartbeat(ZContext context, String address, long lostAfterMillis) {
        this.context = context;
        this.address = address;
        this.lostAfterMillis = lostAfterMillis;
        this.thread = new Thread(this::loop, "huntbook-kernel-heartbeat");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** Whether the kernel has missed its beats for too long. */
    boolean lost() {
        return System.currentTimeMillis() - lastBeat > lostAfterMillis;
    }

    private void loop() {
        byte[] ping = "ping".getBytes(StandardCharsets.US_ASCII);
        ZMQ.Socket socket = open();
        try {
            while (running) {
                boolean answered = false;
                if (socket.send(ping, 0)) {
                    // Short waits, so close() never has to interrupt the thread (JeroMQ breaks on interrupts).
                    socket.setReceiveTimeOut(200);
                    long until = System.currentTimeMillis() + Math.min(lostAfterMillis, 3000);
                    byte[] echo = null;
                    while (echo == null && running && System.currentTimeMillis() < until) {
                        echo = socket.recv(0);
                    }
                    answered = echo != null && Arrays.equals(echo, ping);
                }
                if (answered) {
                    lastBeat = System.currentTimeMillis();
                    sleep(INTERVAL_MILLIS);
                } else if (running) {
                    context.destroySocket(socket);
                    socket = open();
                }
            }
        } catch (RuntimeException e) {
            // The context was closed under us: the client is shutting down.
        } finally {
            try {
                context.destroySocket(socket);
            } catch (RuntimeException ignored) {
                // Already gone with the context.
            }
        }
    }

    private ZMQ.Socket open() {
        ZMQ.Socket socket = context.createSocket(SocketType.REQ);
        socket.setLinger(0);
        socket.connect(address);
        return socket;
    }

    private void sleep(long millis) {
        long until = System.currentTimeMillis() + millis;
        try {
            while (running && System.currentTimeMillis() < until) {
                Thread.sleep(50);
            }
        } catch (InterruptedException e) {
            running = false;
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
