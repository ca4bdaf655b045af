package io.huntbook.core;

import java.util.Locale;

/**
 * How bad a finding is, with MSTICPy's threat-intel severities, ordered {@code unknown < information < warning <
 * high} so that {@link #atLeast} reads naturally in notebooks: {@code ti.maxSeverity().atLeast(Severity.HIGH)}.
 */
public enum Severity {
    UNKNOWN,
    INFORMATION,
    WARNING,
    HIGH;

    /** Whether this severity is {@code other} or worse. */
    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    /** The worse of two severities. */
    public Severity max(Severity other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** MSTICPy's lower-case name ({@code "high"}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses MSTICPy's names and common synonyms (info, medium, low, critical), case-insensitively. */
    public static Severity parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "high", "critical", "malicious", "3", "2" -> HIGH;
            case "warning", "medium", "suspicious", "1" -> WARNING;
            case "information", "informational", "info", "low", "benign", "0" -> INFORMATION;
            case "unknown", "", "-1" -> UNKNOWN;
            default -> throw new BadInputException("unknown severity '" + text
                    + "': use information, warning, high or unknown");
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
