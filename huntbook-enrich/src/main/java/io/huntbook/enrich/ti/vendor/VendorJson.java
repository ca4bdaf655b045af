package io.huntbook.enrich.ti.vendor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.core.Severity;
import io.huntbook.enrich.ti.TiVerdict;
import org.jspecify.annotations.Nullable;

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

    /**
     * The verdict of a context subtype (passive DNS, related files, WHOIS...): known when the vendor has
     * {@code count} items (or, with a negative count, any answer), with {@code severity} then; details name the
     * subtype and the count.
     */
    public static TiVerdict context(String subtype, int count, Severity severity, JsonNode json,
            @Nullable String reference) {
        if (count == 0 || json.isEmpty()) {
            return TiVerdict.notFound(json, reference);
        }
        ObjectNode details = object().put("subtype", subtype);
        if (count > 0) {
            details.put("count", count);
        }
        return new TiVerdict(true, severity, details, json, reference);
    }
}
