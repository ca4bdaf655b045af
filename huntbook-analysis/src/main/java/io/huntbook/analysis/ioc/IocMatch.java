package io.huntbook.analysis.ioc;

/**
 * One indicator found in a text: its type name, the observable (as written, or refanged when the extractor was
 * built with {@code refang(true)}), and where it was found ({@code start} inclusive, {@code end} exclusive, in the
 * text as given). An observable rebuilt from percent-encoded URL content has the span of the URL it came from.
 */
public record IocMatch(String type, String observable, int start, int end) {
    /** The shared value type of this match; {@code UNKNOWN} for a custom type. */
    public io.huntbook.core.IocType coreType() {
        return io.huntbook.core.IocType.parse(type);
    }
}
