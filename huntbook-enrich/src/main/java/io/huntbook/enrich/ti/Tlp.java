package io.huntbook.enrich.ti;

import io.huntbook.core.BadInputException;
import java.util.Locale;

/**
 * Traffic Light Protocol 2.0 markings, ordered from least to most restricted. An observable marked above a
 * provider's maximum TLP is never sent to that provider (Cortex's gating, which MSTICPy lacks).
 */
public enum Tlp {
    CLEAR,
    GREEN,
    AMBER,
    AMBER_STRICT,
    RED;

    /** Parses {@code TLP:AMBER+STRICT}, {@code amber}, {@code white} (TLP 1.0's name for clear), ... */
    public static Tlp parse(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        if (t.startsWith("TLP:")) {
            t = t.substring(4);
        }
        return switch (t) {
            case "CLEAR", "WHITE" -> CLEAR;
            case "GREEN" -> GREEN;
            case "AMBER" -> AMBER;
            case "AMBER+STRICT", "AMBER_STRICT" -> AMBER_STRICT;
            case "RED" -> RED;
            default -> throw new BadInputException("unknown TLP '" + text + "': use clear, green, amber, amber+strict or red");
        };
    }

    @Override
    public String toString() {
        return "TLP:" + (this == AMBER_STRICT ? "AMBER+STRICT" : name());
    }
}
