package io.huntbook.kernel.java;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Turns the bytes of one of the agent's text streams into text for the current cell: UTF-8 decoded across packet
 * boundaries, and capped, so a cell that prints 100 MB costs the host a bounded amount of memory (the rest is counted
 * and dropped, and the cell's output says how much).
 */
final class TextCollector extends OutputStream {
    private final String name;
    private final long maxChars;
    private final Consumer<EngineOutput> sink;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer pending = ByteBuffer.allocate(8);
    private long written;
    private long dropped;

    TextCollector(String name, long maxChars, Consumer<EngineOutput> sink) {
        this.name = name;
        this.maxChars = maxChars;
        this.sink = sink;
    }

    /** A new cell: the cap starts again. Returns a note on what the last cell dropped, or null. */
    synchronized String reset() {
        String note = dropped == 0 ? null
                : "[huntbook: " + dropped + " more characters of " + name + " were dropped after the first "
                        + maxChars + "]\n";
        written = 0;
        dropped = 0;
        return note;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        ByteBuffer in;
        if (pending.position() > 0) {
            in = ByteBuffer.allocate(pending.position() + length);
            pending.flip();
            in.put(pending);
            pending.clear();
            in.put(bytes, offset, length);
            in.flip();
        } else {
            in = ByteBuffer.wrap(bytes, offset, length);
        }
        CharBuffer out = CharBuffer.allocate(length + 8);
        decoder.decode(in, out, false);
        if (in.hasRemaining()) {
            pending.put(in); // an incomplete character: finished by the next packet
        }
        out.flip();
        if (out.hasRemaining()) {
            emit(out.toString());
        }
    }

    private void emit(String text) {
        long room = maxChars - written;
        if (room <= 0) {
            dropped += text.length();
            return;
        }
        String kept = text.length() <= room ? text : text.substring(0, (int) room);
        written += kept.length();
        dropped += text.length() - kept.length();
        sink.accept(new EngineOutput.Stream(name, kept));
    }
}
