package io.huntbook.notebook;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Jackson set up to read JSON as Python's {@code json.loads} does, and small tree helpers. */
final class Json {
    private Json() {}

    /**
     * Accepts {@code NaN} and {@code Infinity} as Python does, keeps floats as doubles (Python's {@code float}), and
     * lifts Jackson's string-length limit: a notebook may hold a large base64 image in one string.
     */
    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(Integer.MAX_VALUE)
                .maxNestingDepth(10_000)
                .build());
    }

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    /** The object under {@code name} in {@code parent}, created (replacing a non-object) when missing. */
    static ObjectNode objectField(ObjectNode parent, String name) {
        JsonNode node = parent.get(name);
        if (node instanceof ObjectNode object) {
            return object;
        }
        return parent.putObject(name);
    }
}
