package io.huntbook.kernel.jupyter.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.testing.PropertyCheck;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WireCodec_SigningTest {
    private static final WireCodec CODEC = WireCodec.of("hmac-sha256", "a0436f6c-1916-498b-8eb9-e81ab9368e84");

    /** A message with random identities, text (any code points) in its content, and random buffers. */
    private static Message randomMessage(SplittableRandom random) {
        List<byte[]> identities = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            identities.add(bytes(random, 1 + random.nextInt(16)));
        }
        ObjectNode content = JsonNodeFactory.instance.objectNode();
        content.put("code", PropertyCheck.anyString(random, 60));
        content.put("silent", random.nextBoolean());
        content.put("n", random.nextLong());
        content.putArray("list").add(PropertyCheck.anyString(random, 10)).add(random.nextDouble());
        Message parent = random.nextBoolean() ? null
                : Message.create("s", "execute_request", null, JsonNodeFactory.instance.objectNode());
        Message message = Message.create("session-" + random.nextInt(), "execute_request", parent, content);
        List<byte[]> buffers = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            buffers.add(bytes(random, random.nextInt(40)));
        }
        return new Message(identities, message.header(), message.parentHeader(), message.metadata(), content, buffers);
    }

    private static byte[] bytes(SplittableRandom random, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    @Test
    void everyMessageSurvivesARoundTrip() {
        PropertyCheck.forAll(500, WireCodec_SigningTest::randomMessage, message -> {
            Message back = CODEC.decode(CODEC.encode(message));
            assertThat(back.header()).isEqualTo(message.header());
            assertThat(back.parentHeader()).isEqualTo(message.parentHeader());
            assertThat(back.metadata()).isEqualTo(message.metadata());
            assertThat(back.content()).isEqualTo(message.content());
            assertThat(back.identities()).usingElementComparator(java.util.Arrays::compare)
                    .containsExactlyElementsOf(message.identities());
            assertThat(back.buffers()).usingElementComparator(java.util.Arrays::compare)
                    .containsExactlyElementsOf(message.buffers());
        });
    }

    @Test
    void anyChangeToASignedFrameIsRejected() {
        PropertyCheck.forAll(500, random -> {
            Message message = randomMessage(random);
            List<byte[]> frames = new ArrayList<>(CODEC.encode(message));
            int delimiter = message.identities().size();
            // One of the four JSON frames, or the signature itself, gets one byte changed.
            int frame = delimiter + 1 + random.nextInt(5);
            byte[] tampered = frames.get(frame).clone();
            int at = random.nextInt(tampered.length);
            tampered[at] = (byte) (tampered[at] ^ (1 + random.nextInt(255)));
            frames.set(frame, tampered);
            return frames;
        }, frames -> assertThatThrownBy(() -> CODEC.decode(frames)).isInstanceOf(WireException.class)
                .hasMessageContaining("signature"));
    }

    @Test
    void aMessageSignedWithAnotherKeyIsRejected() {
        WireCodec other = WireCodec.of("hmac-sha256", "another key");
        Message message = Message.create("s", "kernel_info_request", null, JsonNodeFactory.instance.objectNode());

        assertThatThrownBy(() -> CODEC.decode(other.encode(message))).isInstanceOf(WireException.class)
                .hasMessageContaining("bad signature");
    }

    @Test
    void theSignatureIsTheHexHmacOfTheFourJsonFramesAsTheSpecSays() throws Exception {
        Message message = Message.create("s", "kernel_info_request", null, JsonNodeFactory.instance.objectNode());
        List<byte[]> frames = CODEC.encode(message);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("a0436f6c-1916-498b-8eb9-e81ab9368e84".getBytes(StandardCharsets.UTF_8),
                "HmacSHA256"));
        for (int i = 2; i < 6; i++) {
            mac.update(frames.get(i));
        }

        assertThat(new String(frames.get(0), StandardCharsets.US_ASCII)).isEqualTo("<IDS|MSG>");
        assertThat(new String(frames.get(1), StandardCharsets.US_ASCII))
                .isEqualTo(HexFormat.of().formatHex(mac.doFinal()));
        assertThat(new String(frames.get(2), StandardCharsets.UTF_8)).contains("\"msg_type\":\"kernel_info_request\"")
                .contains("\"version\":\"5.3\"");
    }

    @Test
    void withAnEmptyKeyMessagesAreUnsignedAndAccepted() {
        WireCodec open = WireCodec.of("hmac-sha256", "");
        Message message = Message.create("s", "status", null, JsonNodeFactory.instance.objectNode());
        List<byte[]> frames = open.encode(message);

        assertThat(frames.get(1)).isEmpty();
        assertThat(open.decode(frames).type()).isEqualTo("status");
    }

    @Test
    void malformedFramesAreRejectedWithAReason() {
        byte[] json = "{}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CODEC.decode(List.of(json, json))).isInstanceOf(WireException.class)
                .hasMessageContaining("<IDS|MSG>");
        assertThatThrownBy(() -> CODEC.decode(List.of(WireCodec.DELIMITER, new byte[0], json)))
                .isInstanceOf(WireException.class).hasMessageContaining("four JSON frames");
        WireCodec open = WireCodec.of("hmac-sha256", "");
        byte[] array = "[]".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> open.decode(List.of(WireCodec.DELIMITER, new byte[0], array, json, json, json)))
                .isInstanceOf(WireException.class).hasMessageContaining("header");
        assertThatThrownBy(() -> WireCodec.of("hmac-md5", "k")).isInstanceOf(WireException.class);
    }
}
