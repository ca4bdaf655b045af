package io.huntbook.notebook.params;

import io.huntbook.core.BadInputException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parameter YAML as papermill reads it ({@code -f}, {@code -y}, {@code -b}): PyYAML's SafeLoader without the
 * timestamp rule, that is YAML 1.1 scalars. {@code 1e+21} (no dot) stays a string, {@code yes}/{@code off} are
 * booleans, {@code 017} is octal, {@code 1_000} is 1000, {@code 190:20:30} is base 60, dates stay strings. JSON is
 * read by the same rules. Unlike PyYAML, escaped surrogate pairs ({@code "\ud83d\ude00"}) become one character.
 */
public final class YamlParameters {
    private YamlParameters() {}

    private static final int MAX_DEPTH = 500;

    /**
     * Parses a YAML mapping of parameters. An empty document is an empty mapping (papermill's {@code or {}});
     * anything else that is not a mapping is refused, naming {@code origin}.
     */
    public static LinkedHashMap<String, @Nullable Object> parse(String yaml, String origin) {
        Object loaded;
        try {
            loaded = newYaml().load(yaml);
        } catch (YAMLException e) {
            throw new BadInputException(origin + " is not valid YAML: "
                    + e.getMessage().replaceAll("\\s+", " ").strip() + "; fix the YAML and run again", e);
        }
        if (loaded == null) {
            return new LinkedHashMap<>();
        }
        if (!(loaded instanceof Map<?, ?> map)) {
            throw new BadInputException(origin + " holds a " + kind(loaded)
                    + ", not a mapping of parameters: write it as 'name: value' lines");
        }
        LinkedHashMap<String, @Nullable Object> result = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String name)) {
                throw new BadInputException(origin + ": parameter name " + entry.getKey()
                        + " is not a string: parameter names must be identifiers");
            }
            result.put(name, normalize(entry.getValue(), origin, 0));
        }
        return result;
    }

    /** Parses one YAML value (a flow list or mapping given as a string for a typed parameter). */
    static @Nullable Object parseValue(String yaml, String origin) {
        try {
            return normalize(newYaml().load(yaml), origin, 0);
        } catch (YAMLException e) {
            throw new BadInputException(origin + " is not valid YAML: "
                    + e.getMessage().replaceAll("\\s+", " ").strip(), e);
        }
    }

    private static String kind(Object value) {
        if (value instanceof List<?>) {
            return "list";
        }
        return value instanceof String ? "string" : value.getClass().getSimpleName().toLowerCase(Locale.ROOT);
    }

    private static @Nullable Object normalize(@Nullable Object value, String origin, int depth) {
        if (depth > MAX_DEPTH) {
            throw new BadInputException(origin + " nests deeper than " + MAX_DEPTH
                    + " levels (or refers to itself through an alias): flatten it");
        }
        if (value instanceof Map<?, ?> map) {
            LinkedHashMap<Object, @Nullable Object> copy = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                Object key = normalize(entry.getKey(), origin, depth + 1);
                if (key instanceof List<?> || key instanceof Map<?, ?>) {
                    throw new BadInputException(origin + ": a mapping key is a " + kind(key)
                            + "; keys must be scalars");
                }
                copy.put(key, normalize(entry.getValue(), origin, depth + 1));
            }
            return copy;
        }
        if (value instanceof List<?> list) {
            List<@Nullable Object> copy = new ArrayList<>(list.size());
            for (Object item : list) {
                copy.add(normalize(item, origin, depth + 1));
            }
            return copy;
        }
        if (value instanceof String text) {
            return checkSurrogates(text, origin);
        }
        return value;
    }

    private static String checkSurrogates(String text, String origin) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new BadInputException(origin + " holds an unpaired surrogate \\u"
                        + Integer.toHexString(c) + ", which is not a character: escape the whole pair or write it as is");
            }
        }
        return text;
    }

    private static Yaml newYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setCodePointLimit(64 * 1024 * 1024);
        return new Yaml(new PyYamlConstructor(options), new Representer(new DumperOptions()), new DumperOptions(),
                options, new PyYamlResolver());
    }

    /** PyYAML 6's implicit rules (resolver.py), less the timestamp rule that papermill removes. */
    static final class PyYamlResolver extends Resolver {
        static final Pattern BOOL_11 = Pattern.compile(
                "^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$");
        static final Pattern FLOAT_11 = Pattern.compile("^(?:[-+]?(?:[0-9][0-9_]*)\\.[0-9_]*(?:[eE][-+][0-9]+)?"
                + "|\\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?"
                + "|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
                + "|[-+]?\\.(?:inf|Inf|INF)"
                + "|\\.(?:nan|NaN|NAN))$");
        static final Pattern INT_11 = Pattern.compile("^(?:[-+]?0b[0-1_]+"
                + "|[-+]?0[0-7_]+"
                + "|[-+]?(?:0|[1-9][0-9_]*)"
                + "|[-+]?0x[0-9a-fA-F_]+"
                + "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$");
        static final Pattern NULL_11 = Pattern.compile("^(?:~|null|Null|NULL|)$");

        /**
         * SnakeYAML leaves scalars longer than 1024 characters unresolved (strings); PyYAML has no limit, so a long
         * number is still a number here, up to a size the patterns match without deep recursion.
         */
        private static final int LIMIT = 20_000;

        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL_11, "yYnNtTfFoO", LIMIT);
            addImplicitResolver(Tag.FLOAT, FLOAT_11, "-+0123456789.", LIMIT);
            addImplicitResolver(Tag.INT, INT_11, "-+0123456789", LIMIT);
            addImplicitResolver(Tag.MERGE, MERGE, "<", LIMIT);
            addImplicitResolver(Tag.NULL, NULL_11, "~nN\0", LIMIT);
            addImplicitResolver(Tag.NULL, EMPTY, null, LIMIT);
        }
    }

    /** PyYAML's SafeConstructor for numbers; the types papermill cannot inject are refused. */
    static final class PyYamlConstructor extends SafeConstructor {
        PyYamlConstructor(LoaderOptions options) {
            super(options);
            yamlConstructors.put(Tag.INT, new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    return constructInt(constructScalar((ScalarNode) node));
                }
            });
            yamlConstructors.put(Tag.FLOAT, new AbstractConstruct() {
                @Override
                public Object construct(Node node) {
                    return constructFloat(constructScalar((ScalarNode) node));
                }
            });
            for (Tag refused : List.of(Tag.BINARY, Tag.TIMESTAMP, Tag.SET, Tag.OMAP, Tag.PAIRS)) {
                yamlConstructors.put(refused, new AbstractConstruct() {
                    @Override
                    public Object construct(Node node) {
                        throw new YAMLException("values tagged " + refused + " cannot be parameters;"
                                + " use a string, number, boolean, list or mapping");
                    }
                });
            }
        }

        /**
         * SnakeYAML drops earlier duplicates, moving the key to its last place; Python's dict keeps the first
         * place and the last value, which plain insertion into the ordered map below does.
         */
        @Override
        protected void processDuplicateKeys(org.yaml.snakeyaml.nodes.MappingNode node, boolean forceStringKeys) {
            // Keep every pair; the later value replaces the earlier one in place.
        }

        static BigInteger constructInt(String text) {
            String value = text.replace("_", "");
            int sign = 1;
            if (value.startsWith("-")) {
                sign = -1;
                value = value.substring(1);
            } else if (value.startsWith("+")) {
                value = value.substring(1);
            }
            BigInteger result;
            if (value.equals("0")) {
                result = BigInteger.ZERO;
            } else if (value.startsWith("0b")) {
                result = new BigInteger(value.substring(2), 2);
            } else if (value.startsWith("0x")) {
                result = new BigInteger(value.substring(2), 16);
            } else if (value.startsWith("0")) {
                result = new BigInteger(value, 8);
            } else if (value.contains(":")) {
                result = BigInteger.ZERO;
                for (String part : value.split(":")) {
                    result = result.multiply(BigInteger.valueOf(60)).add(new BigInteger(part));
                }
            } else {
                result = new BigInteger(value);
            }
            return sign < 0 ? result.negate() : result;
        }

        static Double constructFloat(String text) {
            String value = text.replace("_", "").toLowerCase(Locale.ROOT);
            double sign = 1;
            if (value.startsWith("-")) {
                sign = -1;
                value = value.substring(1);
            } else if (value.startsWith("+")) {
                value = value.substring(1);
            }
            if (value.equals(".inf")) {
                return sign * Double.POSITIVE_INFINITY;
            }
            if (value.equals(".nan")) {
                return Double.NaN;
            }
            if (value.contains(":")) {
                // PyYAML sums the parts from the last, in this order, so the rounding agrees.
                String[] parts = value.split(":");
                double result = 0;
                double base = 1;
                for (int i = parts.length - 1; i >= 0; i--) {
                    result += Double.parseDouble(parts[i]) * base;
                    base *= 60;
                }
                return sign * result;
            }
            return sign * Double.parseDouble(value);
        }
    }
}
