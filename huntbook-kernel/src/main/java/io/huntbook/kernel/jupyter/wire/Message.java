package io.huntbook.kernel.jupyter.wire;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One Jupyter message: the routing identities it came with (or goes to), its header, the header of the message it
 * answers, metadata, content and binary buffers. JSON parts are Jackson objects; treat them as immutable once sent.
 */
public record Message(List<byte[]> identities, ObjectNode header, ObjectNode parentHeader, ObjectNode metadata,
                      ObjectNode content, List<byte[]> buffers) {
    /** The protocol version Huntbook speaks. */
    public static final String PROTOCOL_VERSION = "5.3";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    public Message {
        identities = List.copyOf(identities);
        buffers = List.copyOf(buffers);
    }

    /**
     * A new message of {@code type} in {@code session}, answering {@code parent} when it is not null (its identities
     * are reused, so a reply on a ROUTER socket goes back to the asker).
     */
    public static Message create(String session, String type, @Nullable Message parent, ObjectNode content) {
        ObjectNode header = JsonNodeFactory.instance.objectNode();
        header.put("msg_id", UUID.randomUUID().toString());
        header.put("session", session);
        header.put("username", "huntbook");
        header.put("date", DATE.format(Instant.now().truncatedTo(ChronoUnit.MICROS)));
        header.put("msg_type", type);
        header.put("version", PROTOCOL_VERSION);
        return new Message(parent == null ? List.of() : parent.identities(), header,
                parent == null ? JsonNodeFactory.instance.objectNode() : parent.header().deepCopy(),
                JsonNodeFactory.instance.objectNode(), content, List.of());
    }

    /** {@code header.msg_type}, or "" when missing. */
    public String type() {
        return header.path("msg_type").asText("");
    }

    /** {@code header.msg_id}, or "" when missing. */
    public String id() {
        return header.path("msg_id").asText("");
    }

    /** The {@code msg_id} of the message this one answers, or "" when it answers none. */
    public String parentId() {
        return parentHeader.path("msg_id").asText("");
    }

    /** This message with other routing identities (an iopub topic, for instance). */
    public Message withIdentities(List<byte[]> newIdentities) {
        return new Message(newIdentities, header, parentHeader, metadata, content, buffers);
    }

    @Override
    public String toString() {
        return "Message[" + type() + " " + id() + " parent=" + parentId() + " content=" + content + "]";
    }
}
