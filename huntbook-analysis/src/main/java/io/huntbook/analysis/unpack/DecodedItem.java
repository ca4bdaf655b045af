package io.huntbook.analysis.unpack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One decoded item, with MSTICPy's unpack columns. {@code reference} is MSTICPy's triple (item prefix, depth with a
 * trailing dot, index within its pass); {@code decodedString} is null for binaries, whose bytes are shown as
 * {@code printableBytes} (hex pairs separated by spaces).
 *
 * @param reference       MSTICPy's reference triple
 * @param originalString  the encoded text this item came from
 * @param fileName        the archive member name, or {@code unknown}
 * @param fileType        the detected type ({@code exe}, {@code dll}, {@code zip}, {@code gz}, {@code tar}...), or
 *                        null when unknown
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
public record DecodedItem(
        List<String> reference,
        String originalString,
        String fileName,
        @Nullable String fileType,
        byte[] inputBytes,
        @Nullable String decodedString,
        String encodingType,
        String md5,
        String sha1,
        String sha256,
        String printableBytes,
        String decoder,
        boolean truncated) {

    /** MSTICPy's {@code file_hashes} column: md5, sha1 and sha256 in that order. */
    public Map<String, String> fileHashes() {
        Map<String, String> hashes = new LinkedHashMap<>();
        hashes.put("md5", md5);
        hashes.put("sha1", sha1);
        hashes.put("sha256", sha256);
        return hashes;
    }

    /** Whether the item decoded to text (utf-8 or utf-16). */
    public boolean isText() {
        return decodedString != null;
    }
}
