package io.huntbook.analysis.unpack;

import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.jspecify.annotations.Nullable;

/**
 * Inflates the common gzip file, one member with at most a file name in its header, with an {@link Inflater} reused
 * across members: setting up commons-compress's stream (and a new native inflater) per member costs more than
 * inflating a small one. Anything else (other header fields, more members, trailing bytes, a bad checksum, more
 * than the bytes allowed) gives null, and the caller reads the archive with commons-compress, whose answers and
 * messages for those cases are the reference.
 */
final class GzipMember {
    private static final int FNAME = 0x08;
    private static final int HEADER = 10;
    private static final int TRAILER = 8;
    /** Deflate's largest expansion, about 1032 to 1: a size field claiming more is a lie. */
    private static final long MAX_RATIO = 1032;

    /** Made at the first member: a native inflater costs its set-up even when no gzip turns up. */
    private @Nullable Inflater inflater;
    private final CRC32 crc = new CRC32();

    /** The content of {@code gz}, or null when it is not the common case or holds more than {@code allowed} bytes. */
    byte @Nullable [] inflate(byte[] gz, long allowed) {
        if (gz.length < HEADER + TRAILER || (gz[0] & 0xFF) != 0x1F || (gz[1] & 0xFF) != 0x8B || gz[2] != 8) {
            return null;
        }
        int flags = gz[3] & 0xFF;
        if ((flags & ~FNAME) != 0) {
            return null;
        }
        int start = HEADER;
        if ((flags & FNAME) != 0) {
            while (start < gz.length && gz[start] != 0) {
                start++;
            }
            start++;
        }
        long size = le32(gz, gz.length - 4) & 0xFFFFFFFFL;
        if (start >= gz.length - TRAILER || size == 0 || size > allowed || size > gz.length * MAX_RATIO) {
            return null;
        }
        byte[] out = new byte[(int) size];
        Inflater inflater = this.inflater;
        if (inflater == null) {
            inflater = new Inflater(true);
            this.inflater = inflater;
        }
        inflater.reset();
        inflater.setInput(gz, start, gz.length - start);
        try {
            int n = 0;
            while (n < out.length && !inflater.finished()) {
                int read = inflater.inflate(out, n, out.length - n);
                if (read == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return null;
                }
                n += read;
            }
            if (n != out.length || !inflater.finished() || inflater.getRemaining() != TRAILER) {
                return null;
            }
        } catch (DataFormatException e) {
            return null;
        }
        crc.reset();
        crc.update(out);
        return (int) crc.getValue() == le32(gz, gz.length - 8) ? out : null;
    }

    /** Frees the native inflater. */
    void close() {
        if (inflater != null) {
            inflater.end();
        }
    }

    private static int le32(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }
}
