package io.huntbook.testing;

import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A small property-test driver over JUnit: generates many values from a seeded random source and checks each; a
 * failure names the seed, the try and the value, so it can be replayed. The seed is fixed by default, so CI runs
 * are repeatable; {@code -Dhuntbook.seed=N} replays a reported failure and {@code -Dhuntbook.seed=random} explores.
 */
public final class PropertyCheck {
    private PropertyCheck() {}

    /** The seed when none is given: any fixed number; tests draw thousands of values from it. */
    private static final long DEFAULT_SEED = 0x5EED_2026L;

    /** Checks {@code property} for {@code tries} values drawn by {@code generator}. */
    public static <T> void forAll(int tries, Function<SplittableRandom, T> generator, Consumer<T> property) {
        String configured = System.getProperty("huntbook.seed", "");
        long seed = configured.equals("random") ? System.nanoTime()
                : configured.isEmpty() ? DEFAULT_SEED : Long.parseLong(configured);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < tries; i++) {
            T value = generator.apply(random);
            try {
                property.accept(value);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("property failed at try " + i + " of " + tries + " (replay with -Dhuntbook.seed="
                        + seed + ") for value: " + describe(value) + "\n" + e.getMessage(), e);
            }
        }
    }

    private static String describe(Object value) {
        String text = String.valueOf(value);
        return text.length() > 2000 ? text.substring(0, 2000) + "… (" + text.length() + " chars)" : text;
    }

    /** Any string of up to {@code maxLength} code points, surrogate pairs, controls and NUL included. */
    public static String anyString(SplittableRandom random, int maxLength) {
        int length = random.nextInt(maxLength + 1);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            int kind = random.nextInt(10);
            int cp;
            if (kind < 4) {
                cp = 0x20 + random.nextInt(0x5f);
            } else if (kind < 5) {
                cp = random.nextInt(0x20);
            } else if (kind < 7) {
                String awkward = "\"'\\\n\r\t$`{}%*/u";
                cp = awkward.charAt(random.nextInt(awkward.length()));
            } else if (kind < 9) {
                cp = 0x80 + random.nextInt(0xD800 - 0x80);
            } else {
                cp = 0x10000 + random.nextInt(0x10FFFF - 0x10000);
            }
            text.appendCodePoint(cp);
        }
        return text.toString();
    }
}
