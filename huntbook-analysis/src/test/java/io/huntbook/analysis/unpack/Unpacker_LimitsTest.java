package io.huntbook.analysis.unpack;

import static io.huntbook.analysis.unpack.Fixtures.b64;
import static io.huntbook.analysis.unpack.Fixtures.members;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Unpacker_LimitsTest {

    @Test
    void zipBombGivesATruncatedFlaggedResult() {
        String bomb = b64(Fixtures.zipBomb(48L << 20));
        UnpackResult result = Unpacker.builder().maxTotalBytes(4L << 20).build().unpack(bomb);

        assertThat(result.truncated()).isTrue();
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).contains("limit"));
        assertThat(result.items()).singleElement().satisfies(item -> {
            assertThat(item.truncated()).isTrue();
            assertThat(item.inputBytes().length).isLessThanOrEqualTo(4 << 20);
        });
    }

    @Test
    void itemLimitStopsDecodingAndLeavesTheRestEncoded() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            text.append(b64("item number " + i + " padded to be long enough")).append(' ');
        }
        UnpackResult result = Unpacker.builder().maxItems(5).build().unpack(text.toString());
        assertThat(result.items()).hasSize(5);
        assertThat(result.truncated()).isTrue();
        assertThat(result.decoded()).contains(b64("item number 19 padded to be long enough"));
    }

    @Test
    void depthLimitIsFlagged() {
        String text = "the bottom of a deep stack of encodings";
        for (int i = 0; i < 6; i++) {
            text = b64(text);
        }
        UnpackResult shallow = Unpacker.builder().maxDepth(2).build().unpack(text);
        assertThat(shallow.truncated()).isTrue();
        UnpackResult deep = Unpacker.standard().unpack(text);
        assertThat(deep.truncated()).isFalse();
        assertThat(deep.items()).last().extracting(DecodedItem::decodedString).isEqualTo(
                "the bottom of a deep stack of encodings");
    }

    @Test
    void truncatedArchiveGivesAFlaggedPartialResult() {
        byte[] zip = Fixtures.zip(members("a.txt", "x".repeat(400), "b.txt", "y".repeat(400)));
        byte[] cut = Arrays.copyOf(zip, zip.length / 2);
        UnpackResult result = Unpacker.standard().unpack(b64(cut));
        assertThat(result.truncated()).isTrue();
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w).contains("damaged or truncated"));
        assertThat(result.items()).isNotEmpty();
    }

    @Test
    void binaryGarbageAndInvalidUtf8NeverFail() {
        Random random = new Random(7);
        byte[] garbage = new byte[200_000];
        random.nextBytes(garbage);
        String asText = new String(garbage, StandardCharsets.UTF_8);
        UnpackResult result = Unpacker.standard().unpack(asText);
        assertThat(result.decoded()).isNotNull();
        String latin = new String(garbage, StandardCharsets.ISO_8859_1);
        assertThat(Unpacker.standard().unpack(latin).decoded()).hasSizeGreaterThanOrEqualTo(1);
    }

    @Test
    void hugeSingleLineIsBoundedByTheByteLimit() {
        String line = "A".repeat(8 << 20);
        UnpackResult result = Unpacker.builder().maxTotalBytes(1 << 20).build().unpack(line);
        assertThat(result.truncated()).isTrue();
        assertThat(result.items()).isEmpty();
        assertThat(result.decoded()).isEqualTo(line);
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> Unpacker.builder().maxDepth(0)).hasMessageContaining("maxDepth");
        assertThatThrownBy(() -> Unpacker.builder().maxItems(0)).hasMessageContaining("maxItems");
        assertThatThrownBy(() -> Unpacker.builder().maxTotalBytes(0)).hasMessageContaining("maxTotalBytes");
    }
}
