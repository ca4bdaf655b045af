package io.huntbook.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One rich output: data by MIME type plus metadata, as Jupyter's {@code display_data} carries it. Every bundle has
 * {@code text/plain}, so a viewer that knows none of the other types still shows something; text values are strings,
 * binary ones (images) base64 strings, JSON types ({@code application/json}, {@code +json}) any JSON-able value.
 */
public final class MimeBundle {
    public static final String TEXT_PLAIN = "text/plain";

    private final Map<String, Object> data;
    private final Map<String, Object> metadata;

    private MimeBundle(Map<String, Object> data, Map<String, Object> metadata) {
        this.data = Collections.unmodifiableMap(data);
        this.metadata = Collections.unmodifiableMap(metadata);
    }

    /** A bundle of plain text only. */
    public static MimeBundle text(String text) {
        return builder(text).build();
    }

    /** A builder whose {@code text/plain} is {@code plainText}; add other types with {@link Builder#put}. */
    public static Builder builder(String plainText) {
        return new Builder(plainText);
    }

    /**
     * A bundle from raw data; {@code text/plain} must be among them (say what a text-only viewer should show).
     *
     * @throws IllegalArgumentException when {@code text/plain} is missing
     */
    public static MimeBundle of(Map<String, ?> data, Map<String, ?> metadata) {
        Object plain = data.get(TEXT_PLAIN);
        if (!(plain instanceof CharSequence)) {
            throw new IllegalArgumentException("a MIME bundle needs a text/plain string; add one to " + data.keySet());
        }
        Builder builder = builder(plain.toString());
        data.forEach(builder::put);
        metadata.forEach(builder::metadata);
        return builder.build();
    }

    /**
     * A scrap's data output, the one bundle without {@code text/plain}: scrapbook writes it that way so that viewers
     * show nothing for it.
     */
    static MimeBundle scrap(String mimeType, Map<String, Object> payload, Map<String, Object> metadata) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put(mimeType, payload);
        return new MimeBundle(data, new LinkedHashMap<>(metadata));
    }

    /** Data by MIME type, {@code text/plain} first. */
    public Map<String, Object> data() {
        return data;
    }

    /** Metadata by MIME type or key. */
    public Map<String, Object> metadata() {
        return metadata;
    }

    /** The plain-text form (null only for a scrap's data output). */
    public String plainText() {
        return (String) data.get(TEXT_PLAIN);
    }

    /** The same bundle with only {@code mimeTypes} (and {@code text/plain}, which always stays). */
    public MimeBundle only(String... mimeTypes) {
        Builder builder = builder(plainText());
        for (String type : mimeTypes) {
            if (data.containsKey(type)) {
                builder.put(type, data.get(type));
                if (metadata.containsKey(type)) {
                    builder.metadata(type, metadata.get(type));
                }
            }
        }
        return builder.build();
    }

    /** {@code {"data": ..., "metadata": ...}} as JSON. */
    public String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("data", data);
        json.put("metadata", metadata);
        return Json.write(json);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MimeBundle other && data.equals(other.data) && metadata.equals(other.metadata);
    }

    @Override
    public int hashCode() {
        return Objects.hash(data, metadata);
    }

    @Override
    public String toString() {
        String plain = plainText();
        return plain == null ? "MimeBundle" + data.keySet() : plain;
    }

    /** Builds a {@link MimeBundle}. */
    public static final class Builder {
        private final Map<String, Object> data = new LinkedHashMap<>();
        private final Map<String, Object> metadata = new LinkedHashMap<>();

        private Builder(String plainText) {
            data.put(TEXT_PLAIN, Objects.requireNonNull(plainText, "plainText"));
        }

        /** Adds (or replaces) the data of one MIME type. */
        public Builder put(String mimeType, Object value) {
            Objects.requireNonNull(mimeType, "mimeType");
            Objects.requireNonNull(value, () -> "the data of " + mimeType);
            if (mimeType.equals(TEXT_PLAIN) && !(value instanceof CharSequence)) {
                throw new IllegalArgumentException("text/plain must be a string, not " + value.getClass().getName());
            }
            data.put(mimeType, value instanceof CharSequence cs ? cs.toString() : value);
            return this;
        }

        /** Adds a metadata entry (for example {@code image/png -> {width: 400}}). */
        public Builder metadata(String key, Object value) {
            metadata.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "metadata value"));
            return this;
        }

        public MimeBundle build() {
            return new MimeBundle(new LinkedHashMap<>(data), new LinkedHashMap<>(metadata));
        }
    }
}
