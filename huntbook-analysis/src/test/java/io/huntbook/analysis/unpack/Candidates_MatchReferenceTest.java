package io.huntbook.analysis.unpack;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.testing.PropertyCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The candidate finder (which skips most bytes of a text and tests eight bytes at a time for flags) finds exactly
 * what the regex-based {@link ReferenceCandidates} finds, on texts made of runs just shorter and just longer than
 * MSTICPy's 30 characters, line breaks inside runs, flags in either case after '-' or '/', escapes and characters
 * beyond Latin-1, and from any starting position, the middle of a run included.
 */
class Candidates_MatchReferenceTest {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final String[] PIECES = {" ", "  ", "\n", "\r\n", "-", "/", "=", "==", "-e ", "-E ", "/e ",
        "/E\t", "-enc ", "/EncodedCommand '", "-ec ", "x-e ", "--e ", "%41%42%43", "%4", "<", ">", "\"", "é", "\u4e2d",
        "\ud83d\ude00", "-", "e", "E", "_", ".", ":"};

    @Test
    void everyCandidateOfATextIsTheReferences() {
        PropertyCheck.forAll(3_000, Candidates_MatchReferenceTest::text, text -> {
            assertThat(sequence(text)).isEqualTo(referenceSequence(text));
        });
    }

    @Test
    void theFirstCandidateFromAnyPositionIsTheReferences() {
        PropertyCheck.forAll(3_000, random -> {
            String text = text(random);
            return new Object[] {text, random.nextInt(text.length() + 1)};
        }, pair -> {
            String text = (String) pair[0];
            int from = (Integer) pair[1];
            Candidates candidates = new Candidates(text, true);
            candidates.region(0, text.length());
            ReferenceCandidates.Candidate expected = new ReferenceCandidates(text).next(from);
            assertThat(describe(candidates.next(from))).as("from %d in %s", from, text)
                    .isEqualTo(expected == null ? null : expected.kind() + " " + expected.start() + "-" + expected.end());
        });
    }

    private static List<String> sequence(String text) {
        Candidates candidates = new Candidates(text, true);
        candidates.region(0, text.length());
        List<String> found = new ArrayList<>();
        int pos = 0;
        for (Candidates.Candidate c = candidates.next(0); c != null; c = candidates.next(pos)) {
            found.add(describe(c));
            pos = c.end();
        }
        return found;
    }

    private static List<String> referenceSequence(String text) {
        ReferenceCandidates candidates = new ReferenceCandidates(text);
        List<String> found = new ArrayList<>();
        int pos = 0;
        for (ReferenceCandidates.Candidate c = candidates.next(0); c != null; c = candidates.next(pos)) {
            found.add(c.kind() + " " + c.start() + "-" + c.end());
            pos = c.end();
        }
        return found;
    }

    private static String describe(Candidates.@org.jspecify.annotations.Nullable Candidate c) {
        return c == null ? null : c.kind() + " " + c.start() + "-" + c.end();
    }

    private static String text(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        for (int piece = random.nextInt(1, 16); piece > 0; piece--) {
            if (random.nextBoolean()) {
                for (int i = random.nextInt(1, 45); i > 0; i--) {
                    text.append(random.nextInt(25) == 0 ? '\n' : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
            } else {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
        }
        return text.toString();
    }
}
