package io.huntbook.enrich.ti;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.huntbook.core.Severity;
import org.jspecify.annotations.Nullable;

/**
 * What a provider said about one indicator. {@code found} is whether the provider knows it (MSTICPy's
 * {@code Result}); a lookup that could not be made is a {@link TiProviderException}, never a verdict.
 */
public record TiVerdict(boolean found, Severity severity, JsonNode details, JsonNode rawResult, @Nullable String reference) {

    /** The provider answered and does not know the indicator. */
    public static TiVerdict notFound(JsonNode rawResult, @Nullable String reference) {
        return new TiVerdict(false, Severity.INFORMATION, NullNode.getInstance(), rawResult, reference);
    }
}
