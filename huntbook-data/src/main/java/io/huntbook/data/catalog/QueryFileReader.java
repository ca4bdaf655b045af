package io.huntbook.data.catalog;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one MSTICPy query file: {@code metadata}, {@code defaults} and {@code sources}, merged as MSTICPy merges
 * them (file metadata, then default metadata, then the query's; default parameters, then the query's, deeply), with
 * {@code $<macro>$} expansion and MSTICPy's validation. Errors name {@code file:line}; what MSTICPy only warns about
 * goes to the warnings.
 */
final class QueryFileReader {
    private static final Pattern MACRO = Pattern.compile("\\$<([^>]+)>\\$?");
    private static final Pattern BLANK_LINES = Pattern.compile("\n{2,}");

    private final Path file;
    private final Consumer<String> warnings;

    private QueryFileReader(Path file, Consumer<String> warnings) {
        this.file = file;
        this.warnings = warnings;
    }

    /** Every query of the file, once per (environment, data family). */
    static List<CompiledQuery> read(Path file, Consumer<String> warnings) {
        QueryFileReader reader = new QueryFileReader(file, warnings);
        return YamlTree.withFreshValues(reader::read);
    }

    private List<CompiledQuery> read() {
        Node root = compose();
        MappingNode document = YamlTree.mapping(root).orElseThrow(() -> error(root == null ? 1 : YamlTree.line(root),
                "not a query file: expected a mapping with metadata, defaults and sources"));
        Map<String, Node> top = YamlTree.entries(document);
        Node metadataNode = top.get("metadata");
        if (YamlTree.empty(metadataNode) || !(metadataNode instanceof MappingNode metadataMap)) {
            throw error(YamlTree.line(document), "metadata: missing; a query file needs metadata with"
                    + " data_environments and data_families");
        }
        Map<String, Node> metadataEntries = YamlTree.entries(metadataMap);
        List<String> environments = YamlTree.strings(metadataEntries.get("data_environments"));
        if (environments.isEmpty()) {
            throw error(YamlTree.line(metadataMap), "metadata.data_environments: missing or empty; name the data"
                    + " environments the queries are for (e.g. [MSSentinel])");
        }
        for (String env : environments) {
            if (!Environments.known(env)) {
                warn(YamlTree.line(metadataEntries.get("data_environments")),
                        "data environment '" + env + "' is not one MSTICPy knows; kept as its own environment");
            }
        }
        Map<String, Object> fileMetadata = plainMap(metadataMap);
        if (YamlTree.empty(metadataEntries.get("data_families"))) {
            warn(YamlTree.line(metadataMap), "metadata.data_families: missing; each query must then name its own");
        }
        if (!metadataEntries.containsKey("version") || !metadataEntries.containsKey("description")) {
            warn(YamlTree.line(metadataMap), "metadata: version and description are expected");
        }

        Map<String, Node> defaults = YamlTree.mapping(top.get("defaults")).map(YamlTree::entries).orElse(Map.of());
        Map<String, Object> defaultMetadata = YamlTree.mapping(defaults.get("metadata"))
                .map(QueryFileReader::plainMap).orElse(Map.of());
        Map<String, Object> defaultParameters = YamlTree.mapping(defaults.get("parameters"))
                .map(QueryFileReader::plainMap).orElse(Map.of());

        Node sourcesNode = top.get("sources");
        if (YamlTree.empty(sourcesNode) || !(sourcesNode instanceof MappingNode sources)) {
            warn(YamlTree.line(document), "sources: none defined; the file adds no queries");
            return List.of();
        }
        List<CompiledQuery> out = new ArrayList<>();
        for (Map.Entry<String, Node> source : YamlTree.entries(sources).entrySet()) {
            out.addAll(compile(source.getKey(), source.getValue(), environments, fileMetadata, defaultMetadata,
                    defaultParameters));
        }
        return out;
    }

    private @Nullable Node compose() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(200);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return yaml.compose(reader);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark != null ? mark.getLine() + 1 : 1;
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new QueryLoadException(file + ":" + line + ": malformed YAML: " + problem.lines().findFirst()
                    .orElse(problem) + "; fix the YAML syntax at this line", e);
        } catch (YAMLException e) {
            throw new QueryLoadException(file + ":1: malformed YAML: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new QueryLoadException(file + ": cannot read the query file: " + e.getMessage(), e);
        }
    }

    private List<CompiledQuery> compile(String name, Node node, List<String> environments,
                                        Map<String, Object> fileMetadata, Map<String, Object> defaultMetadata,
                                        Map<String, Object> defaultParameters) {
        int line = YamlTree.line(node);
        MappingNode sourceMap = YamlTree.mapping(node).orElseThrow(() -> error(line, "sources." + name
                + ": expected a mapping with description, args and parameters"));
        Map<String, Node> source = YamlTree.entries(sourceMap);
        Map<String, Object> metadata = merge(merge(fileMetadata, defaultMetadata),
                YamlTree.mapping(source.get("metadata")).map(QueryFileReader::plainMap).orElse(Map.of()));
        List<String> families = stringList(metadata.get("data_families"));
        if (families.isEmpty()) {
            throw error(line, "sources." + name + ": no data family; add data_families to the file's metadata or to"
                    + " the query's metadata");
        }
        Map<String, Object> args = YamlTree.mapping(source.get("args")).map(QueryFileReader::plainMap)
                .orElse(Map.of());
        if (!source.containsKey("args")) {
            throw error(line, "sources." + name + ": Source " + name + " does not have all required elements:"
                    + " {'args'}; add args.query");
        }
        Object queryValue = args.get("query");
        if (!(queryValue instanceof String query) || query.isEmpty()) {
            throw error(line, "sources." + name + ": Source " + name + " does not have \"query\" property in args"
                    + " element; add args.query");
        }
        String expanded = expandMacros(query, source.get("query_macros"));
        Map<String, Object> parameterMaps = merge(defaultParameters,
                YamlTree.mapping(source.get("parameters")).map(QueryFileReader::plainMap).orElse(Map.of()));
        List<QueryParameter> parameters = parameters(name, line, parameterMaps);
        Set<String> known = new LinkedHashSet<>();
        parameters.forEach(p -> known.add(p.name()));

        Object description = source.containsKey("description") ? YamlTree.value(source.get("description")) : null;
        String text = description == null ? "no description" : String.valueOf(description);
        Map<Dialect, Object> parsed = new EnumMap<>(Dialect.class);
        Set<String> seen = new LinkedHashSet<>();
        List<CompiledQuery> out = new ArrayList<>();
        for (String written : environments) {
            String environment = Environments.canonical(written);
            if (!seen.add(environment)) {
                continue;
            }
            Dialect dialect = Environments.dialect(environment);
            Object template = parsed.computeIfAbsent(dialect, d -> parse(name, line, d, expanded, known));
            for (String family : families) {
                QueryDefinition definition = new QueryDefinition(environment, family, name, text, parameters,
                        expanded, metadata, file, line);
                out.add(template instanceof JsonTemplate json
                        ? new CompiledQuery(definition, dialect, null, json)
                        : new CompiledQuery(definition, dialect, (FormatTemplate) template, null));
            }
        }
        return out;
    }

    private Object parse(String name, int line, Dialect dialect, String query, Set<String> known) {
        Set<String> used;
        Object template;
        if (dialect == Dialect.CYBEREASON && JsonTemplate.parse(query).isPresent()) {
            JsonTemplate json = JsonTemplate.parse(query).orElseThrow();
            used = json.placeholders();
            template = json;
        } else {
            Set<String> odd = new LinkedHashSet<>();
            FormatTemplate format = FormatTemplate.parse(query, dialect, odd::add);
            odd.forEach(w -> warn(line, "sources." + name + ": " + w));
            used = format.placeholders();
            template = format;
        }
        Set<String> missing = new LinkedHashSet<>(used);
        missing.removeAll(known);
        if (!missing.isEmpty()) {
            throw error(line, "sources." + name + ": the query uses parameters that are defined neither in defaults"
                    + " nor in the query's parameters: " + String.join(", ", missing)
                    + "; add them under parameters with a type");
        }
        return template;
    }

    private List<QueryParameter> parameters(String query, int line, Map<String, Object> maps) {
        Map<String, QueryParameter> out = new TreeMap<>();
        for (Map.Entry<String, Object> entry : maps.entrySet()) {
            String name = entry.getKey();
            Map<String, Object> props = entry.getValue() instanceof Map<?, ?> m ? stringKeys(m) : Map.of();
            Object type = props.get("type");
            if (type == null) {
                warn(line, "sources." + query + ": parameter '" + name + "' has no type; read as str");
            }
            if (props.containsKey("format")) {
                warn(line, "sources." + query + ": parameter '" + name + "' has a format template, which Huntbook"
                        + " does not apply; the value is written by the query language's rules");
            }
            Object description = props.get("description");
            out.put(name, new QueryParameter(name, ParameterType.parse(type == null ? "str" : type.toString()),
                    description == null ? "" : description.toString(), props.get("default"),
                    stringList(props.get("aliases"))));
        }
        return List.copyOf(out.values());
    }

    /** MSTICPy replaces {@code $<name>$} with the query's macro value ({@code ""} if none), then squeezes blank lines. */
    private String expandMacros(String query, @Nullable Node macrosNode) {
        Matcher m = MACRO.matcher(query);
        if (!m.find()) {
            return query;
        }
        Map<String, Object> macros = YamlTree.mapping(macrosNode).map(QueryFileReader::plainMap).orElse(Map.of());
        Set<String> keys = new LinkedHashSet<>();
        do {
            keys.add(m.group(1));
        } while (m.find());
        String out = query;
        for (String key : keys) {
            Object macro = macros.get(key);
            Object value = macro instanceof Map<?, ?> props ? props.get("value") : null;
            out = out.replace("$<" + key + ">$", value == null ? "" : value.toString());
        }
        return BLANK_LINES.matcher(out).replaceAll("\n");
    }

    private static Map<String, Object> plainMap(MappingNode node) {
        Object value = YamlTree.value(node);
        return value instanceof Map<?, ?> map ? stringKeys(map) : Map.of();
    }

    private static Map<String, Object> stringKeys(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    /** MSTICPy's {@code collapse_dicts}: later maps win, nested maps are merged key by key. */
    static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> over) {
        if (over.isEmpty()) {
            return base;
        }
        Map<String, Object> out = new LinkedHashMap<>(base);
        over.forEach((key, value) -> {
            Object existing = out.get(key);
            if (existing instanceof Map<?, ?> a && value instanceof Map<?, ?> b) {
                out.put(key, merge(stringKeys(a), stringKeys(b)));
            } else {
                out.put(key, value);
            }
        });
        return out;
    }

    private static List<String> stringList(@Nullable Object value) {
        if (value instanceof List<?> list) {
            return list.stream().filter(java.util.Objects::nonNull).map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }

    private void warn(int line, String message) {
        warnings.accept(file + ":" + line + ": " + message);
    }

    private QueryLoadException error(int line, String message) {
        return new QueryLoadException(file + ":" + line + ": " + message);
    }
}
