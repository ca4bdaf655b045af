package io.huntbook.runtime.agent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Buffers stdout and stderr together, in the order they were written, and sends them in chunks: a cell that prints a
 * million lines costs a few hundred socket writes instead of a million, and a line on stderr still lands between the
 * stdout lines around it. Flushed when a chunk fills, every few milliseconds, at the end of each snippet and before a
 * rich output.
 */
final class OrderedOutput {
    private static final int CHUNK = 1 << 16;

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(CHUNK);
    private OutputStream current;

    /** A stream whose bytes go, in order with the other views, to {@code target}. */
    OutputStream view(OutputStream target) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                append(target, bytes, offset, length);
            }

            @Override
            public void flush() throws IOException {
                OrderedOutput.this.flush();
            }
        };
    }

    private synchronized void append(OutputStream target, byte[] bytes, int offset, int length) throws IOException {
        if (current != target) {
            flush();
            current = target;
        }
        buffer.write(bytes, offset, length);
        if (buffer.size() >= CHUNK) {
            flush();
        }
    }

    synchronized void flush() throws IOException {
        if (buffer.size() > 0 && current != null) {
            current.write(buffer.toByteArray());
            current.flush();
            buffer.reset();
        }
    }

    /** Flushes, ignoring a closed connection (the host is gone then, and nobody is left to read). */
    void flushQuietly() {
        try {
            flush();
        } catch (IOException e) {
            // Nothing to do: the output has nowhere to go.
        }
    }

    /** Starts a daemon that flushes every {@code millis} ms, so slow printing still shows up promptly. */
    void flushEvery(long millis) {
        Thread flusher = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException e) {
                    return;
                }
                flushQuietly();
            }
        }, "huntbook-agent-flush");
        flusher.setDaemon(true);
        flusher.start();
    }
}
