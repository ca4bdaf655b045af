package io.huntbook.analysis.ioc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.dflib.DataFrame;
import org.jspecify.annotations.Nullable;

/**
 * Finds indicators of compromise in text or in the columns of a table, as MSTICPy's {@code IoCExtract} does, in
 * time linear in the input and on defanged text too. Build one with {@link #builder()} and share it: an extractor
 * is immutable and thread-safe.
 *
 * <pre>{@code
 * IocExtractor iocs = IocExtractor.builder().build();
 * Map<String, Set<String>> found = iocs.extract("beacon to hxxps://evil[.]com/a from 10.1.2.3");
 * // {ipv4=[10.1.2.3], dns=[evil[.]com], url=[hxxps://evil[.]com/a]}
 * }</pre>
 */
public interface IocExtractor {
    /** Column names of {@link #extract(DataFrame, List)}'s result (MSTICPy's). */
    String IOC_TYPE = "IoCType";
    String OBSERVABLE = "Observable";
    String SOURCE_INDEX = "SourceIndex";
    String INPUT = "Input";

    static Builder builder() {
        return new Builder();
    }

    /** String mode: each type found, in type order, with its observables in order of first appearance. */
    Map<String, Set<String>> extract(String text);

    /** Every indicator occurrence in {@code text}, in order of position, collisions resolved by priority. */
    List<IocMatch> matches(String text);

    /**
     * Table mode: one row per distinct observable per cell of {@code columns}, with {@link #IOC_TYPE},
     * {@link #OBSERVABLE}, {@link #SOURCE_INDEX} (the row's position, from 0) and {@link #INPUT} (the cell's text).
     * Rows are processed on all cores (see {@link Builder#parallelism(int)}); the result is in row order. Unless
     * types were chosen with {@link Builder#types}, paths are left out as MSTICPy does in this mode.
     *
     * @throws IllegalArgumentException when a column is not in the frame
     */
    DataFrame extract(DataFrame frame, List<String> columns);

    /** Table mode over every column whose values are strings. */
    DataFrame extract(DataFrame frame);

    /**
     * Whether the whole of {@code value} is one indicator of {@code type} (defanged forms included).
     *
     * @throws IllegalArgumentException when the type is unknown
     */
    boolean validate(String value, String type);

    /** The type of indicator the whole of {@code value} is (the lowest priority number wins), if any. */
    Optional<String> typeOf(String value);

    /**
     * {@link #typeOf} as the shared value type: {@code UNKNOWN} when the value is no indicator or only a custom one.
     */
    default io.huntbook.core.IocType iocTypeOf(String value) {
        return typeOf(value).map(io.huntbook.core.IocType::parse).orElse(io.huntbook.core.IocType.UNKNOWN);
    }

    /** The types this extractor reports, in tie-breaking order. */
    List<IocDefinition> types();

    /** Builds an {@link IocExtractor}; every setting is checked by {@link #build()}. */
    final class Builder {
        private @Nullable List<String> types;
        private final List<CustomType> custom = new ArrayList<>();
        private boolean refang;
        private int parallelism = Runtime.getRuntime().availableProcessors();

        Builder() {}

        /** Report only these types (built-in or custom names). Default: all of them. */
        public Builder types(Collection<String> names) {
            this.types = List.copyOf(names);
            return this;
        }

        /** Report only these types (built-in or custom names). Default: all of them. */
        public Builder types(String... names) {
            return types(List.of(names));
        }

        /**
         * Adds a type found by a regular expression (Java syntax; a group named {@code ioc}, when present, is the
         * observable). A name of a built-in type replaces that type. Custom patterns run on {@link Pattern}, which
         * backtracks: the linear-time guarantee covers the built-in types only.
         */
        public Builder addType(String name, String regex, int priority) {
            Pattern pattern;
            try {
                pattern = Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("IoC type " + name + ": the pattern is not a valid regular expression ("
                        + e.getDescription() + " at index " + e.getIndex() + "); fix the pattern", e);
            }
            custom.add(new CustomType(new IocDefinition(name, priority), pattern));
            return this;
        }

        /** Report observables refanged ({@code http://evil.com}) instead of as written ({@code hxxp://evil[.]com}). */
        public Builder refang(boolean refang) {
            this.refang = refang;
            return this;
        }

        /** Threads for table mode (default: the number of cores). */
        public Builder parallelism(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("parallelism must be at least 1, not " + threads);
            }
            this.parallelism = threads;
            return this;
        }

        public IocExtractor build() {
            Set<String> names = new LinkedHashSet<>();
            for (CustomType type : custom) {
                if (!names.add(type.type().name())) {
                    throw new IllegalArgumentException("IoC type " + type.type().name()
                            + " was added twice; give each custom type its own name");
                }
            }
            return new DefaultIocExtractor(custom, types, refang, parallelism);
        }
    }
}
