package io.huntbook.data.catalog;

import io.huntbook.core.BadInputException;
import io.huntbook.data.QueryProvider;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The catalog read from YAML files: environment, then {@code Family.name}, to the compiled query. */
final class DefaultQueryCatalog implements QueryCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(DefaultQueryCatalog.class);

    private final Map<String, Map<String, CompiledQuery>> byEnvironment;
    private final List<String> warnings;
    private final Clock clock;
    private final RelativeTimes relativeTimes;

    private DefaultQueryCatalog(Map<String, Map<String, CompiledQuery>> byEnvironment, List<String> warnings,
                                Clock clock, RelativeTimes relativeTimes) {
        this.byEnvironment = byEnvironment;
        this.warnings = List.copyOf(warnings);
        this.clock = clock;
        this.relativeTimes = relativeTimes;
    }

    static DefaultQueryCatalog load(List<Path> paths, Clock clock) {
        return load(paths, clock, TimeGrammar.relativeTimes());
    }

    static DefaultQueryCatalog load(List<Path> paths, Clock clock, RelativeTimes relativeTimes) {
        Map<String, Map<String, CompiledQuery>> byEnvironment = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<String> warnings = new ArrayList<>();
        for (Path path : paths) {
            for (Path file : yamlFiles(path)) {
                for (CompiledQuery query : QueryFileReader.read(file, warnings::add)) {
                    QueryDefinition d = query.definition();
                    CompiledQuery previous = byEnvironment.computeIfAbsent(d.environment(), e -> new TreeMap<>())
                            .put(d.name(), query);
                    if (previous != null && !previous.definition().file().equals(d.file())) {
                        LOG.debug("{} {} from {} replaces the one from {}", d.environment(), d.name(), d.location(),
                                previous.definition().location());
                    }
                }
            }
        }
        warnings.forEach(w -> LOG.debug("query catalog: {}", w));
        return new DefaultQueryCatalog(byEnvironment, warnings, clock, relativeTimes);
    }

    private static List<Path> yamlFiles(Path path) {
        if (!Files.exists(path)) {
            throw new BadInputException("no such query file or folder: " + path
                    + "; check QueryDefinitions.Custom in the configuration or --queries");
        }
        if (Files.isRegularFile(path)) {
            return List.of(path);
        }
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).filter(f -> {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".yaml") || name.endsWith(".yml");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list query files under " + path, e);
        }
    }

    @Override
    public List<QueryDefinition> list() {
        List<QueryDefinition> out = new ArrayList<>();
        byEnvironment.values().forEach(queries -> queries.values().forEach(q -> out.add(q.definition())));
        return out;
    }

    @Override
    public List<String> environments() {
        return List.copyOf(byEnvironment.keySet());
    }

    @Override
    public List<QueryDefinition> find(String name) {
        List<QueryDefinition> out = new ArrayList<>();
        for (Map<String, CompiledQuery> queries : byEnvironment.values()) {
            CompiledQuery exact = queries.get(name);
            if (exact != null) {
                out.add(exact.definition());
            } else if (name.indexOf('.') < 0) {
                queries.values().stream().map(CompiledQuery::definition).filter(d -> d.queryName().equals(name))
                        .forEach(out::add);
            }
        }
        return out;
    }

    @Override
    public List<String> closeNames(String name) {
        return Suggestions.closest(name, list().stream().map(QueryDefinition::name).distinct().toList(), 3);
    }

    @Override
    public List<QueryDefinition> search(String text) {
        return search(list(), text);
    }

    static List<QueryDefinition> search(List<QueryDefinition> queries, String text) {
        List<String> words = Stream.of(text.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isEmpty())
                .toList();
        return queries.stream().filter(q -> {
            String haystack = (q.name() + "\n" + q.description() + "\n" + String.join(" ", q.parameterNames())
                    + "\n" + q.template()).toLowerCase(Locale.ROOT);
            return words.stream().allMatch(haystack::contains);
        }).toList();
    }

    @Override
    public List<String> warnings() {
        return warnings;
    }

    @Override
    public Queries forEnvironment(String environment) {
        return new DefaultQueries(this, Environments.canonical(environment), null);
    }

    @Override
    public Queries using(QueryProvider provider) {
        return new DefaultQueries(this, Environments.canonical(provider.environment()), provider);
    }

    Collection<CompiledQuery> queriesOf(String environment) {
        Map<String, CompiledQuery> queries = byEnvironment.get(environment);
        return queries == null ? List.of() : queries.values();
    }

    @Nullable CompiledQuery query(String environment, String name) {
        Map<String, CompiledQuery> queries = byEnvironment.get(environment);
        return queries == null ? null : queries.get(name);
    }

    Clock clock() {
        return clock;
    }

    RelativeTimes relativeTimes() {
        return relativeTimes;
    }
}
