package io.huntbook.server.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.core.BadInputException;
import io.huntbook.testing.PropertyCheck;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whatever an identifier holds, the output lands in the dated folder under the root, as one file. */
class SafeNames_HostileIdentifiersTest {
    private static final Instant NOW = Instant.parse("2026-11-27T23:05:00Z");
    private static final List<String> HOSTILE = List.of("..", ".", "../../etc/passwd", "..\\..\\windows", "/abs",
            "a/b/c", "a\u0000b", "\u202Egnp.exe", "line\nbreak", "CON", "nul.txt", ".hidden", "~", "$(rm -rf /)",
            "ユーザー", "😀".repeat(80), "x".repeat(5000), "e\u0301", " ", "");

    @TempDir
    Path root;

    /** Hostile identifiers, hostile parameter values: mostly awkward characters, some very long. */
    private static String hostile(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> HOSTILE.get(random.nextInt(HOSTILE.size()));
            case 1 -> PropertyCheck.anyString(random, 400);
            case 2 -> String.join("/", Stream.generate(() -> random.nextBoolean() ? ".." : ".").limit(1 + random.nextInt(8))
                    .toList());
            default -> PropertyCheck.anyString(random, 12);
        };
    }

    @Test
    void aSegmentIsShortSafeStableAndNeverEmpty() {
        PropertyCheck.forAll(3000, SafeNames_HostileIdentifiersTest::hostile, id -> {
            String safe = SafeNames.segment(id);
            assertThat(safe).isNotEmpty().doesNotStartWith(".").doesNotContain("/", "\\", "\0");
            assertThat(safe.codePoints().allMatch(cp -> Character.isLetterOrDigit(cp) || cp == '.' || cp == '_'
                    || cp == '-')).as(safe).isTrue();
            assertThat(safe.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(SafeNames.MAX_BYTES);
            assertThat(SafeNames.segment(safe)).as("idempotent").isEqualTo(safe);
        });
    }

    @Test
    void safeIdentifiersAreKeptAsTheyAre() {
        assertThat(SafeNames.segment("203.0.113.66")).isEqualTo("203.0.113.66");
        assertThat(SafeNames.segment("2001:db8::1")).isEqualTo("2001_db8__1");
        assertThat(SafeNames.segment("alert-42_b")).isEqualTo("alert-42_b");
        assertThat(SafeNames.segment("ユーザー")).isEqualTo("ユーザー");
        assertThat(SafeNames.segment("..")).isEqualTo("_..");
        assertThat(SafeNames.segment("")).isEqualTo("_");
        assertThat(SafeNames.segment("CON")).isEqualTo("_CON");
    }

    @Test
    void longIdentifiersSharingAPrefixStayApart() {
        String a = SafeNames.segment("x".repeat(500) + "a");
        String b = SafeNames.segment("x".repeat(500) + "b");
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void everyOutputLandsInTheDatedFolderUnderTheRoot() {
        OutputStore store = OutputStore.local(root);
        OutputNaming naming = OutputNaming.defaults();
        Path day = root.resolve("2026/11/27");
        PropertyCheck.forAll(300, r -> List.of(hostile(r), hostile(r)), pair -> {
            String name = naming.name("ip-context", pair.get(0), "run-1", Map.of("p", pair.get(1)), NOW);
            Path file = Path.of(store.put(name, new byte[] {'{', '}'}));
            assertThat(file.getParent()).isEqualTo(day);
            assertThat(file.getFileName().toString()).startsWith("ip-context-").endsWith("-run-1.ipynb");
            assertThat(file).hasContent("{}");
        });
        try (Stream<Path> all = Files.walk(root)) {
            assertThat(all.filter(Files::isRegularFile)).allMatch(p -> p.getParent().equals(day));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aParameterCannotClimbOutThroughTheTemplate() {
        OutputNaming naming = new OutputNaming("{p}/{p}/{p}/{identifier}.ipynb");
        String name = naming.name("t", "id", "r", Map.of("p", ".."), NOW);
        assertThat(name).isEqualTo("_../_../_../id.ipynb");
        assertThat(Path.of(OutputStore.local(root).location(name)).normalize()).startsWithRaw(root);
    }

    @Test
    void templatesThatLeaveTheRootAreRefused() {
        assertThatThrownBy(() -> new OutputNaming("/tmp/{run_id}.ipynb")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("relative");
        assertThatThrownBy(() -> new OutputNaming("../{run_id}.ipynb")).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> new OutputNaming("a//{run_id}.ipynb")).isInstanceOf(BadInputException.class);
        assertThatThrownBy(() -> OutputStore.local(root).put("../x", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
