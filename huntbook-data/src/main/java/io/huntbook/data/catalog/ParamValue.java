package io.huntbook.data.catalog;

import java.time.Instant;
import java.util.List;

/** A parameter value after coercion to its declared type, ready to be written into a query. */
sealed interface ParamValue {
    /** Query code from the catalog itself (a default of a {@code str} parameter), inserted as it is, like MSTICPy. */
    record Code(String text) implements ParamValue {}

    /** Query code a caller passed on purpose ({@link QueryFragment}): inserted as it is, once its quotes balance. */
    record Fragment(String text) implements ParamValue {}

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
