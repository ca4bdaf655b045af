package io.huntbook.enrich.domain;

/**
 * A DGA-likelihood score for one DNS label, from features that separate algorithmically generated names from names
 * people choose: character entropy, the share of digits, the longest run of consonants, the share of vowels, and how
 * many character pairs are rare in English-like names. Each feature is mapped to 0..1 and the weighted sum is squashed
 * by a logistic function. The weights were set by hand on known DGA families (Conficker, Cryptolocker, Necurs
 * samples) against popular domains; the score ranks names, it is not a probability. Documented in
 * {@code docs/enrichment.md}.
 */
final class DgaScore {
    private DgaScore() {}

    /** Common English letter pairs; pairs outside this set are "rare". */
    private static final String COMMON_BIGRAMS = "th he in er an re on at en nd ti es or te of ed is it al ar st to nt"
            + " ng se ha as ou io le ve co me de hi ri ro ic ne ea ra ce li ch ll be ma si om ur ca el ta la ns ge ly ei"
            + " os no pe do su pa ec ac ot di ol tr sh ho ia us ct lo ad ow ai il wa et ut mo so ie ni ge ne ss ee oo ck"
            + " ba bo bu bl br cr cl dr fl fr gl gr pl pr sc sk sl sm sn sp sw tw wh wr ok up ap op am em im um ab ob ub"
            + " ag eg ig og ug ak ek ik uk ep ip ey ay oy ew aw ex ix od ud oc uc if ef af ya ye yo ka ke ki ko ku"
            + " fa fe fi fo fu ga gi go gu ja je ji jo ju mi mu na nu pi po pu qu sa so su va vi vo wi yi za ze zo";
    private static final java.util.Set<String> COMMON = java.util.Set.copyOf(java.util.Arrays.asList(COMMON_BIGRAMS.split(" +")));

    /** Shannon entropy in bits per character; 0 for an empty label. */
    static double entropy(String label) {
        if (label.isEmpty()) {
            return 0;
        }
        int[] counts = new int[128];
        int other = 0;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (c < 128) {
                counts[c]++;
            } else {
                other++;
            }
        }
        double h = 0;
        for (int count : counts) {
            h += term(count, label.length());
        }
        return h + term(other, label.length());
    }

    private static double term(int count, int length) {
        if (count == 0) {
            return 0;
        }
        double p = (double) count / length;
        return -p * (Math.log(p) / Math.log(2));
    }

    /** The score in [0, 1]; labels shorter than 6 characters carry too little signal and score 0. */
    static double score(String label) {
        String l = label.replace("-", "");
        if (l.length() < 6) {
            return 0;
        }
        int digits = 0;
        int vowels = 0;
        int longestConsonantRun = 0;
        int run = 0;
        int rarePairs = 0;
        int pairs = 0;
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
                run = 0;
            } else if ("aeiouy".indexOf(c) >= 0) {
                vowels++;
                run = 0;
            } else {
                run++;
                longestConsonantRun = Math.max(longestConsonantRun, run);
            }
            if (i > 0 && Character.isLetter(c) && Character.isLetter(l.charAt(i - 1))) {
                pairs++;
                if (!COMMON.contains(l.substring(i - 1, i + 1))) {
                    rarePairs++;
                }
            }
        }
        double length = l.length();
        double fEntropy = clamp((entropy(l) - 2.5) / 1.5);
        double fDigits = clamp(digits / length * 3);
        double fConsonants = clamp((longestConsonantRun - 2) / 4.0);
        double fVowels = clamp((0.35 - vowels / length) / 0.25);
        double fRare = pairs == 0 ? 0 : clamp((rarePairs / (double) pairs - 0.2) / 0.5);
        double fLength = clamp((length - 8) / 16.0);
        double z = -4.0 + 2.5 * fEntropy + 1.5 * fDigits + 2.0 * fConsonants + 1.5 * fVowels + 3.0 * fRare + 1.0 * fLength;
        return 1 / (1 + Math.exp(-z));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
