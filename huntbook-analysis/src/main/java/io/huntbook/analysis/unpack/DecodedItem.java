package io.huntbook.analysis.unpack;

import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinTask;
import org.jspecify.annotations.Nullable;

/**
 * One decoded item, with MSTICPy's unpack columns. {@code reference} is MSTICPy's triple (item prefix, depth with a
 * trailing dot, index within its pass); {@code decodedString} is null for binaries, whose bytes are shown as
 * {@code printableBytes} (hex pairs separated by spaces).
 *
 * <p>The hashes and the printable form are worked out when first asked for (the output frame asks for all of them):
 * they are the larger part of the cost of an item, and a caller after the decoded text needs none of them. In a session
 * with many items the hashes are worked out on another thread meanwhile ({@link BackgroundHashing}); asking for one
 * then waits for that. Instances are immutable to their users and safe to share between threads (a value may be
 * worked out twice).
 */
public final class DecodedItem {
    private final List<String> reference;
    private final String originalString;
    private final String fileName;
    private final @Nullable String fileType;
    private final byte[] inputBytes;
    private final @Nullable String decodedString;
    private final String encodingType;
    private final String decoder;
    private final boolean truncated;
    private @Nullable String md5;
    private @Nullable String sha1;
    private @Nullable String sha256;
    private @Nullable String printableBytes;
    /** The batch of {@link BackgroundHashing} that works out the hashes, or null. */
    private @Nullable ForkJoinTask<?> hashing;

    /**
     * An item with every value given.
     *
     * @param reference       MSTICPy's reference triple
     * @param originalString  the encoded text this item came from
     * @param fileName        the archive member name, or {@code unknown}
     * @param fileType        the detected type ({@code exe}, {@code dll}, {@code zip}, {@code gz}, {@code tar}...),
     *                        or null when unknown
     * @param inputBytes      the decoded bytes
     * @param decodedString   the text, when the bytes are text
     * @param encodingType    {@code utf-8}, {@code utf-16} or {@code binary}
     * @param md5             lower-case hex
     * @param sha1            lower-case hex
     * @param sha256          lower-case hex
     * @param printableBytes  the bytes as hex pairs
     * @param decoder         which decoding produced it: {@code base64}, {@code powershell}, {@code hex}, {@code url}
     * @param truncated       whether a limit cut this item short
     */
    public DecodedItem(List<String> reference, String originalString, String fileName, @Nullable String fileType,
            byte[] inputBytes, @Nullable String decodedString, String encodingType, String md5, String sha1,
            String sha256, String printableBytes, String decoder, boolean truncated) {
        this(reference, originalString, fileName, fileType, inputBytes, decodedString, encodingType, decoder,
                truncated);
        this.md5 = md5;
        this.sha1 = sha1;
        this.sha256 = sha256;
        this.printableBytes = printableBytes;
    }

    /** An item whose hashes and printable form are worked out from its bytes when asked for. */
    DecodedItem(List<String> reference, String originalString, String fileName, @Nullable String fileType,
            byte[] inputBytes, @Nullable String decodedString, String encodingType, String decoder,
            boolean truncated) {
        this.reference = reference;
        this.originalString = originalString;
        this.fileName = fileName;
        this.fileType = fileType;
        this.inputBytes = inputBytes;
        this.decodedString = decodedString;
        this.encodingType = encodingType;
        this.decoder = decoder;
        this.truncated = truncated;
    }

    /** MSTICPy's reference triple: item prefix, depth with a trailing dot, index within its pass. */
    public List<String> reference() {
        return reference;
    }

    /** The encoded text this item came from. */
    public String originalString() {
        return originalString;
    }

    /** The archive member name, or {@code unknown}. */
    public String fileName() {
        return fileName;
    }

    /** The detected type ({@code exe}, {@code dll}, {@code zip}, {@code gz}, {@code tar}...), or null when unknown. */
    public @Nullable String fileType() {
        return fileType;
    }

    /** The decoded bytes (the array itself: do not change it). */
    public byte[] inputBytes() {
        return inputBytes;
    }

    /** The text, when the bytes are text. */
    public @Nullable String decodedString() {
        return decodedString;
    }

    /** {@code utf-8}, {@code utf-16} or {@code binary}. */
    public String encodingType() {
        return encodingType;
    }

    /** Lower-case hex. */
    public String md5() {
        String value = md5;
        if (value == null) {
            hashNow();
            value = md5;
        }
        return value;
    }

    /** Lower-case hex. */
    public String sha1() {
        String value = sha1;
        if (value == null) {
            hashNow();
            value = sha1;
        }
        return value;
    }

    /** Lower-case hex. */
    public String sha256() {
        String value = sha256;
        if (value == null) {
            hashNow();
            value = sha256;
        }
        return value;
    }

    /** The bytes as lower-case hex pairs separated by single spaces (MSTICPy's printable form). */
    public String printableBytes() {
        String value = printableBytes;
        if (value == null) {
            value = Codecs.printableBytes(inputBytes);
            printableBytes = value;
        }
        return value;
    }

    /**
     * Works out the hashes and the printable form: the output frame asks for all of them, item after item.
     */
    void derive() {
        hashNow();
        printableBytes();
    }

    /** Hashes this item on another thread; see {@link BackgroundHashing}. */
    void hashedBy(ForkJoinTask<?> task) {
        hashing = task;
    }

    /**
     * Makes sure the three hashes are known: when a batch of {@link BackgroundHashing} holds this item, waits for it
     * (or runs it here, while still queued), whose end makes its values visible here; else works them out.
     */
    void hashNow() {
        ForkJoinTask<?> task = hashing;
        if (task != null) {
            task.join();
            hashing = null;
        }
        if (md5 == null || sha1 == null || sha256 == null) {
            computeHashes();
        }
    }

    /** Works out the three hashes, with one look-up of this thread's digests (what a batch task runs). */
    void computeHashes() {
        Digests digests = Digests.get();
        md5 = digests.hex(digests.md5, inputBytes);
        sha1 = digests.hex(digests.sha1, inputBytes);
        sha256 = digests.hex(digests.sha256, inputBytes);
    }

    /** Which decoding produced it: {@code base64}, {@code powershell}, {@code hex}, {@code url}. */
    public String decoder() {
        return decoder;
    }

    /** Whether a limit cut this item short. */
    public boolean truncated() {
        return truncated;
    }

    /** MSTICPy's {@code file_hashes} column: md5, sha1 and sha256 in that order (unmodifiable). */
    public Map<String, String> fileHashes() {
        return new FileHashes(md5(), sha1(), sha256());
    }

    /** Whether the item decoded to text (utf-8 or utf-16). */
    public boolean isText() {
        return decodedString != null;
    }

    @Override
    public String toString() {
        return "DecodedItem[reference=" + reference + ", decoder=" + decoder + ", fileName=" + fileName + ", fileType="
                + fileType + ", encodingType=" + encodingType + ", bytes=" + inputBytes.length + ", truncated="
                + truncated + "]";
    }

    /**
     * One digest of each kind per thread, and a buffer for a digest's bytes: looking a digest up by name costs more
     * than hashing a small item.
     */
    private record Digests(MessageDigest md5, MessageDigest sha1, MessageDigest sha256, byte[] buffer) {
        private static final ThreadLocal<Digests> PER_THREAD = ThreadLocal.withInitial(
                () -> new Digests(newDigest("MD5"), newDigest("SHA-1"), newDigest("SHA-256"), new byte[32]));

        static Digests get() {
            return PER_THREAD.get();
        }

        /** The lower-case hex of the digest of {@code bytes}. */
        String hex(MessageDigest digest, byte[] bytes) {
            digest.update(bytes);
            try {
                int length = digest.digest(buffer, 0, buffer.length);
                return Codecs.hexOf(buffer, length);
            } catch (DigestException e) {
                throw new IllegalStateException(digest.getAlgorithm() + " digest does not fit 32 bytes", e);
            }
        }

        private static MessageDigest newDigest(String algorithm) {
            try {
                return MessageDigest.getInstance(algorithm);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(algorithm + " is required of every Java platform", e);
            }
        }
    }
}
