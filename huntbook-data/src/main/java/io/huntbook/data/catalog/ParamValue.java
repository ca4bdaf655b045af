package io.huntbook.data.catalog;

import java.time.Instant;
import java.util.List;

/** A parameter value after coercion to its declared type, ready to be written into a query. */
sealed interface ParamValue {
    /** Query code inserted as it is: a catalog default of a {@code str} parameter, or a {@link QueryFragment}. */
    record Code(String text) implements ParamValue {}

    /** Data text: quoted and escaped where the template quotes it, a plain token where it does not. */
    record Text(String text) implements ParamValue {}

    record Int(long value) implements ParamValue {}

    record Real(double value) implements ParamValue {}

    record DateTime(Instant value) implements ParamValue {}

    /** Items are {@code String}, {@code Long}, {@code Double} or {@code Boolean}. */
    record Items(List<Object> items) implements ParamValue {
        public Items {
            items = List.copyOf(items);
        }
    }
}
