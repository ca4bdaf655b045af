package io.huntbook.kernel.jupyter.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Frames and signs messages as the protocol puts them on the wire:
 * {@code [identities..., "<IDS|MSG>", signature, header, parent_header, metadata, content, buffers...]}, where the
 * signature is the hex HMAC-SHA256 of the four JSON frames under the connection's key (empty when the key is empty,
 * which means no authentication). Decoding checks the signature over the bytes received, in constant time.
 */
public final class WireCodec {
    /** The frame that ends the routing identities. */
    public static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();

    private final byte[] key;

    private WireCodec(byte[] key) {
        this.key = key.clone();
    }

    /**
     * A codec for {@code scheme} ({@code hmac-sha256}, the only one Huntbook accepts) and {@code key}.
     *
     * @throws WireException for another scheme
     */
    public static WireCodec of(String scheme, String key) {
        if (!scheme.equalsIgnoreCase("hmac-sha256")) {
            throw new WireException("signature scheme '" + scheme + "' is not supported; use hmac-sha256");
        }
        return new WireCodec(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The frames of {@code message}, signed. */
    public List<byte[]> encode(Message message) {
        byte[][] parts = {bytes(message.header()), bytes(message.parentHeader()), bytes(message.metadata()),
                bytes(message.content())};
        List<byte[]> frames = new ArrayList<>(message.identities().size() + 6 + message.buffers().size());
        frames.addAll(message.identities());
        frames.add(DELIMITER);
        frames.add(HEX.formatHex(sign(parts)).getBytes(StandardCharsets.US_ASCII));
        frames.addAll(Arrays.asList(parts));
        frames.addAll(message.buffers());
        return frames;
    }

    /**
     * The message in {@code frames}.
     *
     * @throws WireException when the signature does not match, the delimiter or a JSON frame is missing, or a JSON
     *     frame is not an object
     */
    public Message decode(List<byte[]> frames) {
        int delimiter = -1;
        for (int i = 0; i < frames.size(); i++) {
            if (Arrays.equals(frames.get(i), DELIMITER)) {
                delimiter = i;
                break;
            }
        }
        if (delimiter < 0) {
            throw new WireException("a message without the <IDS|MSG> delimiter (" + frames.size() + " frames)");
        }
        if (frames.size() < delimiter + 6) {
            throw new WireException("a message with " + (frames.size() - delimiter - 1)
                    + " frames after the delimiter; it needs a signature and four JSON frames");
        }
        byte[][] parts = new byte[4][];
        for (int i = 0; i < 4; i++) {
            parts[i] = frames.get(delimiter + 2 + i);
        }
        verify(frames.get(delimiter + 1), parts);
        return new Message(frames.subList(0, delimiter), object(parts[0], "header"), object(parts[1], "parent_header"),
                object(parts[2], "metadata"), object(parts[3], "content"),
                frames.subList(delimiter + 6, frames.size()));
    }

    private void verify(byte[] signature, byte[][] parts) {
        if (key.length == 0) {
            return; // no key: the connection is not authenticated, and any signature is accepted
        }
        // The hex text exactly as jupyter_client compares it: lower case, in constant time.
        byte[] expected = HEX.formatHex(sign(parts)).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(signature, expected)) {
            throw new WireException("a message with a bad signature was rejected");
        }
    }

    private byte[] sign(byte[][] parts) {
        if (key.length == 0) {
            return new byte[0];
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("this JDK cannot compute HMAC-SHA256: " + e.getMessage(), e);
        }
    }

    private static byte[] bytes(ObjectNode json) {
        try {
            return JSON.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new WireException("cannot write a message part as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static ObjectNode object(byte[] frame, String part) {
        try {
            JsonNode node = JSON.readTree(frame);
            if (node instanceof ObjectNode object) {
                return object;
            }
            throw new WireException("the " + part + " of a message is not a JSON object");
        } catch (IOException e) {
            throw new WireException("the " + part + " of a message is not JSON: " + e.getMessage(), e);
        }
    }
}
