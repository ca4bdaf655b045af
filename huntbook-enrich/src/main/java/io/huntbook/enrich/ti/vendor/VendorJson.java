package io.huntbook.enrich.ti.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Small helpers for building a row's {@code Details} from a vendor's answer. */
public final class VendorJson {
    private VendorJson() {}

    /** A new object with the fields of {@code from} that are present and not null, in the order given. */
    public static ObjectNode pick(JsonNode from, String... fields) {
        ObjectNode details = JsonNodeFactory.instance.objectNode();
        for (String f : fields) {
            JsonNode v = from.get(f);
            if (v != null && !v.isNull()) {
                details.set(f, v);
            }
        }
        return details;
    }

    /** An empty object. */
    public static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }
}
