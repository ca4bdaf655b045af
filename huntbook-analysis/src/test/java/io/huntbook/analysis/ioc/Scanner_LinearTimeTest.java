package io.huntbook.analysis.ioc;

import static org.assertj.core.api.Assertions.assertThat;

import io.huntbook.testing.PropertyCheck;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Linear time, proven by counting: the scanner's work (characters examined, main pass and every look-around) on an
 * input four times larger is about four times the work, never more than a constant per character, on inputs made to
 * hurt backtracking regex engines. Output is bounded too: the observables reported never add up to more than a
 * constant times the input.
 */
class Scanner_LinearTimeTest {
    private static final int SMALL = 50_000;
    private static final double MAX_WORK_PER_CHAR = 40;

    private record Cost(long work, long outputChars) {}

    private static Cost cost(String text) {
        boolean[] all = new boolean[Scanner.COUNT];
        Arrays.fill(all, true);
        DefangedView view = DefangedView.of(text);
        Scanner scanner = new Scanner(all, PublicSuffixes.get(), false);
        long[] output = new long[1];
        scanner.scan(view.text, (type, start, end, derived) -> output[0] += derived != null ? derived.length() : end - start);
        return new Cost(scanner.work() + text.length(), output[0]);
    }

    private static String repeat(String unit, int length) {
        StringBuilder text = new StringBuilder(length + unit.length());
        while (text.length() < length) {
            text.append(unit);
        }
        return text.substring(0, length);
    }

    private static void assertLinear(String unit) {
        Cost small = cost(repeat(unit, SMALL));
        Cost large = cost(repeat(unit, 4 * SMALL));
        assertThat((double) large.work() / small.work()).as("work ratio for %s", unit).isBetween(3.5, 4.5);
        assertThat((double) large.work() / (4 * SMALL)).as("work per char for %s", unit).isLessThan(MAX_WORK_PER_CHAR);
        assertThat(large.outputChars()).as("output for %s", unit).isLessThanOrEqualTo(4L * 4 * SMALL);
    }

    @ParameterizedTest
    @ValueSource(strings = {".", "1.", "1", "a.", "a-", "[.]", "(.)", "[dot]", "@", "a@", "a.b@", "@a.com.",
            "http://", "hxxp[://]", "http://a", "https://a.com/?u=http%3A%2F%2F", "://", ":", "::", "1:", "a:", "ffff:",
            "\\", "\\\\", "C:\\", "C:\\a b ", "a\\", "%TEMP%\\", "HKLM\\", "HKLM\\a b", "/", "/a", "./", " /tmp",
            "-", "CVE-", "CVE-2021-", "aa:", "aa-", "aaaa.", "0", "f", "x", "hxxp", "[", "[:]", "1.1.1.1.",
            "fe80::1%", "a@a@", "a.com@", " -a.com", "xn--", "\u00fc.", "[at]",
            // found by the random mixtures: rejected URLs once rescanned the rest of the run
            "hxxp://::ff0a:aHKLMcom0a:", "http://:", "http://[", "ftp://a b"})
    void repetitiveAdversarialInputStaysLinear(String unit) {
        assertLinear(unit);
    }

    @Test
    void randomAdversarialMixturesStayLinear() {
        List<String> pieces = List.of(".", "..", "1", "12.", "a", "-", "@", "[.]", "[at]", "(dot)", ":", "::", "//",
                "http", "hxxp", "://", "\\", "C:", "/", "%", "ff", "0a:", "CVE-", "HKLM", " ", "com", "~", "[", "]");
        PropertyCheck.forAll(40, r -> unit(r, pieces), Scanner_LinearTimeTest::assertLinear);
    }

    private static String unit(SplittableRandom r, List<String> pieces) {
        StringBuilder unit = new StringBuilder();
        for (int i = r.nextInt(1, 12); i > 0; i--) {
            unit.append(pieces.get(r.nextInt(pieces.size())));
        }
        return unit.toString();
    }

    @Test
    void wholeExtractionOnAdversarialInputIsProportionalToItsSize() {
        IocExtractor iocs = IocExtractor.builder().build();
        // A run of nested schemes: regex URL extractors report or rescan a suffix per scheme (quadratic).
        String small = repeat("http://", SMALL);
        String large = repeat("http://", 4 * SMALL);
        long smallChars = iocs.matches(small).stream().mapToLong(m -> m.observable().length()).sum();
        long largeChars = iocs.matches(large).stream().mapToLong(m -> m.observable().length()).sum();
        assertThat(largeChars).isLessThanOrEqualTo(4 * smallChars + 100);
        assertThat(largeChars).isLessThanOrEqualTo(large.length());
    }
}
