package io.huntbook.data.catalog;

import io.huntbook.core.BadInputException;
import io.huntbook.core.NotYetAvailableException;
import io.huntbook.data.QueryProvider;
import io.huntbook.data.QueryResult;
import io.huntbook.data.split.QuerySplitter;
import io.huntbook.data.split.SplitOptions;
import io.huntbook.data.split.TimeChunk;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dflib.DataFrame;
import org.jspecify.annotations.Nullable;

/** One environment's view of the catalog, with or without a provider to run through. */
final class DefaultQueries implements Queries {
    private final DefaultQueryCatalog catalog;
    private final String environment;
    private final @Nullable QueryProvider provider;
    private final ParameterBinder binder;

    DefaultQueries(DefaultQueryCatalog catalog, String environment, @Nullable QueryProvider provider) {
        this.catalog = catalog;
        this.environment = environment;
        this.provider = provider;
        this.binder = new ParameterBinder(new DateTimeValues(catalog.relativeTimes()));
    }

    @Override
    public String environment() {
        return environment;
    }

    @Override
    public List<QueryDefinition> list() {
        return catalog.queriesOf(environment).stream().map(CompiledQuery::definition).toList();
    }

    @Override
    public List<QueryDefinition> search(String text) {
        return DefaultQueryCatalog.search(list(), text);
    }

    @Override
    public QueryDefinition definition(String name) {
        return compiled(name).definition();
    }

    @Override
    public String help(String name) {
        return QueryHelp.text(definition(name));
    }

    @Override
    public String dryRun(String name, Map<String, ?> params) {
        return QueryRenderer.render(compiled(name), binder, params, catalog.clock().instant());
    }

    @Override
    public DataFrame run(String name, Map<String, ?> params) {
        return execute(name, params).rowsOrThrow();
    }

    @Override
    public QueryResult execute(String name, Map<String, ?> params) {
        CompiledQuery query = compiled(name);
        Map<String, ParamValue> values = binder.bind(query.definition(), params, catalog.clock().instant());
        return execute(query, values);
    }

    @Override
    public QueryResult execute(String name, Map<String, ?> params, SplitOptions split) {
        CompiledQuery query = compiled(name);
        Map<String, ParamValue> values = binder.bind(query.definition(), params, catalog.clock().instant());
        if (!(values.get("start") instanceof ParamValue.DateTime start)
                || !(values.get("end") instanceof ParamValue.DateTime end)) {
            throw new BadInputException("query " + query.definition().name() + " has no start and end datetime "
                    + "parameters, so it cannot be split by time; run it without splitting");
        }
        requireProvider();
        List<TimeChunk> chunks = QuerySplitter.chunks(start.value(), end.value(), split.chunk());
        return QuerySplitter.run(chunks, split, chunk -> {
            Map<String, ParamValue> chunkValues = new LinkedHashMap<>(values);
            chunkValues.put("start", new ParamValue.DateTime(chunk.start()));
            chunkValues.put("end", new ParamValue.DateTime(chunk.end()));
            return execute(query, chunkValues);
        });
    }

    private QueryResult execute(CompiledQuery query, Map<String, ParamValue> values) {
        String text = QueryRenderer.render(query, values);
        QueryProvider p = requireProvider();
        if (p.bindsParameters()) {
            return p.execute(query.definition().template(), plainValues(values));
        }
        return p.execute(text);
    }

    private QueryProvider requireProvider() {
        if (provider == null) {
            throw new NotYetAvailableException("running " + environment + " queries (no query provider for "
                    + environment + " is configured; a dry run shows the query text)");
        }
        return provider;
    }

    /** The typed values a binding provider receives. */
    private static Map<String, Object> plainValues(Map<String, ParamValue> values) {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        values.forEach((name, value) -> out.put(name, switch (value) {
            case ParamValue.Code code -> code.text();
            case ParamValue.Fragment fragment -> fragment.text();
            case ParamValue.Text text -> text.text();
            case ParamValue.Int i -> i.value();
            case ParamValue.Real r -> r.value();
            case ParamValue.DateTime t -> t.value();
            case ParamValue.Items items -> items.items();
        }));
        return out;
    }

    /** The query by {@code Family.name}, or by its bare name when that is unique in this environment. */
    CompiledQuery compiled(String name) {
        CompiledQuery exact = catalog.query(environment, name);
        if (exact != null) {
            return exact;
        }
        List<CompiledQuery> byBareName = new ArrayList<>();
        if (name.indexOf('.') < 0) {
            catalog.queriesOf(environment).stream().filter(q -> q.definition().queryName().equals(name))
                    .forEach(byBareName::add);
        }
        if (byBareName.size() == 1) {
            return byBareName.get(0);
        }
        if (byBareName.size() > 1) {
            throw new UnknownQueryException("query name " + name + " is ambiguous in " + environment + ": "
                    + String.join(", ", byBareName.stream().map(q -> q.definition().name()).toList())
                    + "; give it as Family.name");
        }
        Set<String> elsewhere = new LinkedHashSet<>();
        catalog.find(name).forEach(d -> elsewhere.add(d.environment()));
        if (!elsewhere.isEmpty()) {
            throw new UnknownQueryException("query " + name + " is defined only for " + String.join(", ", elsewhere)
                    + ", not for " + environment + "; choose one of those with --provider");
        }
        List<String> names = catalog.queriesOf(environment).stream().map(q -> q.definition().name()).toList();
        List<String> close = Suggestions.closest(name, names, 3);
        throw new UnknownQueryException("no query " + name + " for " + environment
                + (close.isEmpty() ? "; 'huntbook query list' shows the queries"
                : "; did you mean " + String.join(", ", close) + "?"));
    }
}
