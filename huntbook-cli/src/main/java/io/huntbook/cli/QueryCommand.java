package io.huntbook.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.core.BadInputException;
import io.huntbook.core.ExitCodes;
import io.huntbook.core.table.JsonValues;
import io.huntbook.data.ConfiguredQueries;
import io.huntbook.data.QueryResult;
import io.huntbook.data.split.SplitOptions;
import io.huntbook.data.catalog.Queries;
import io.huntbook.data.catalog.QueryCatalog;
import io.huntbook.data.catalog.QueryDefinition;
import io.huntbook.data.catalog.QueryFragment;
import io.huntbook.data.catalog.QueryParameter;
import io.huntbook.data.local.LocalDataCatalog;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dflib.DataFrame;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code huntbook query list|search|show|run}: the query catalog (MSTICPy's YAML format) from the command line
 * (DESIGN.md §6.F).
 */
@Command(name = "query", description = "List, search, show and run catalog queries (MSTICPy query files).",
        subcommands = {QueryCommand.ListQueries.class, QueryCommand.SearchQueries.class,
            QueryCommand.ShowQuery.class, QueryCommand.RunQuery.class},
        synopsisSubcommandLabel = "COMMAND")
final class QueryCommand extends Subcommand {
    /** The environment {@code query run} uses when none is given (DESIGN.md §6.F). */
    static final String DEFAULT_PROVIDER = ConfiguredQueries.DEFAULT_ENVIRONMENT;

    @Override
    protected int execute() {
        spec.commandLine().usage(terminal().err());
        return ExitCodes.BAD_INPUT;
    }

    /** Where the query files are. */
    static final class Sources {
        @Option(names = "--queries", paramLabel = "PATH",
                description = "A query file or folder in MSTICPy's format (repeatable), read after the folders of"
                        + " QueryDefinitions.Custom in the configuration (with neither: the built-in LocalData"
                        + " queries over the sample data).")
        List<Path> paths = new ArrayList<>();

        QueryCatalog load(Subcommand command) {
            QueryCatalog catalog = ConfiguredQueries.catalog(CliConfig.load(command.global()), paths);
            if (command.global().debug()) {
                catalog.warnings().forEach(command.terminal()::warn);
            }
            return catalog;
        }
    }

    /** The LocalData catalog shipped in huntbook-data, read where it is (a folder in development, else the jar). */
    static Path builtInLocalData() {
        URL url = LocalDataCatalog.class.getResource(LocalDataCatalog.RESOURCE);
        if (url == null) {
            throw new IllegalStateException("the built-in LocalData catalog is missing from huntbook-data");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    FileSystems.newFileSystem(uri, Map.of());
                }
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read the built-in LocalData catalog at " + url, e);
        }
    }

    /** The rows of {@code query list}: {environment, name, description, parameters}. */
    static DataFrame rows(List<QueryDefinition> queries) {
        var appender = DataFrame.byArrayRow("environment", "name", "description", "parameters").appender();
        for (QueryDefinition q : queries) {
            appender.append(q.environment(), q.name(), q.description().strip(), q.parameterNames());
        }
        return appender.toDataFrame();
    }

    static Queries environment(QueryCatalog catalog, String provider) {
        Queries queries = catalog.forEnvironment(provider);
        if (queries.list().isEmpty()) {
            throw new BadInputException("no queries for the environment " + provider + "; environments with queries: "
                    + String.join(", ", catalog.environments()));
        }
        return queries;
    }

    @Command(name = "list", description = "List every query, one row per (environment, name).")
    static final class ListQueries extends Subcommand {
        @Mixin
        Sources sources = new Sources();

        @Option(names = "--provider", paramLabel = "P", description = "Only the queries of this data environment.")
        @Nullable String provider;

        @Override
        protected int execute() {
            QueryCatalog catalog = sources.load(this);
            output().table(rows(provider == null ? catalog.list() : environment(catalog, provider).list()));
            return ExitCodes.OK;
        }
    }

    @Command(name = "search", description = "Queries whose name, description, parameters or text contain every word.")
    static final class SearchQueries extends Subcommand {
        @Mixin
        Sources sources = new Sources();

        @Option(names = "--provider", paramLabel = "P", description = "Only the queries of this data environment.")
        @Nullable String provider;

        @Parameters(arity = "1..*", paramLabel = "TEXT", description = "Words to look for (any case).")
        List<String> words = new ArrayList<>();

        @Override
        protected int execute() {
            QueryCatalog catalog = sources.load(this);
            String text = String.join(" ", words);
            output().table(rows(provider == null ? catalog.search(text) : environment(catalog, provider).search(text)));
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", description = "Show a query in every environment that defines it.")
    static final class ShowQuery extends Subcommand {
        @Mixin
        Sources sources = new Sources();

        @Parameters(paramLabel = "NAME", description = "Family.query_name (or a query name).")
        String name = "";

        @Override
        protected int execute() {
            QueryCatalog catalog = sources.load(this);
            List<QueryDefinition> found = catalog.find(name);
            if (found.isEmpty()) {
                List<String> close = catalog.closeNames(name);
                throw new BadInputException("no query " + name + " in any environment" + (close.isEmpty()
                        ? "; 'huntbook query search WORD' finds queries"
                        : "; did you mean " + String.join(", ", close) + "?"));
            }
            ArrayNode json = JsonNodeFactory.instance.arrayNode();
            StringBuilder text = new StringBuilder();
            for (QueryDefinition q : found) {
                json.add(describe(q));
                if (!text.isEmpty()) {
                    text.append('\n');
                }
                text.append(catalog.forEnvironment(q.environment()).help(q.name()));
            }
            output().object(json, text.toString());
            return ExitCodes.OK;
        }

        private static ObjectNode describe(QueryDefinition q) {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("environment", q.environment());
            node.put("name", q.name());
            node.put("description", q.description().strip());
            ArrayNode params = node.putArray("parameters");
            for (QueryParameter p : q.parameters()) {
                ObjectNode param = params.addObject();
                param.put("name", p.name());
                param.put("type", p.type().yamlName());
                param.put("required", p.required());
                param.set("default", JsonValues.toJson(p.defaultValue()));
                param.put("description", p.description().strip());
                param.set("aliases", JsonValues.toJson(p.aliases()));
            }
            node.put("query", q.template());
            node.put("file", q.location());
            return node;
        }
    }

    @Command(name = "run", description = "Run a query (with --dry-run: print the query it would run).")
    static final class RunQuery extends Subcommand {
        @Mixin
        Sources sources = new Sources();

        @Parameters(paramLabel = "NAME", description = "Family.query_name (or a query name unique in the environment).")
        String name = "";

        @Option(names = "--provider", paramLabel = "P",
                description = "The data environment to run in (default: " + DEFAULT_PROVIDER + ").")
        @Nullable String provider;

        @Option(names = "--dry-run", description = "Print the rendered query instead of running it.")
        boolean dryRun;

        @Option(names = "-p", arity = "2", paramLabel = "NAME VALUE",
                description = "A parameter value (repeatable); lists as a,b,c; datetimes as ISO, day offsets or -3d@d.")
        List<String> parameters = new ArrayList<>();

        @Option(names = "--fragment", arity = "2", paramLabel = "NAME TEXT",
                description = "Query text for a parameter the query inserts as code (e.g. add_query_items).")
        List<String> fragments = new ArrayList<>();

        @Option(names = "--provider-arg", paramLabel = "KEY=VALUE",
                description = "A provider setting that wins over DataProviders.<P>.Args (repeatable), e.g."
                        + " workspace=Default,Second, Database=SecurityLogs, Endpoint=https://...; secrets only in the"
                        + " configuration.")
        Map<String, String> providerArgs = new LinkedHashMap<>();

        @Option(names = "--split-by", paramLabel = "SPAN",
                description = "Run the query once per time chunk of its start..end range (1d, 6h, 30m), in parallel.")
        @Nullable String splitBy;

        @Option(names = "--split-parallel", paramLabel = "N", defaultValue = "4",
                description = "With --split-by: chunks run at once (default: ${DEFAULT-VALUE}).")
        int splitParallel = 4;

        @Option(names = "--split-attempts", paramLabel = "N", defaultValue = "3",
                description = "With --split-by: tries per chunk before it is reported as failed (default:"
                        + " ${DEFAULT-VALUE}).")
        int splitAttempts = 3;

        @Override
        protected int execute() {
            QueryCatalog catalog = sources.load(this);
            String environment = provider == null ? DEFAULT_PROVIDER : provider;
            Map<String, Object> params = new LinkedHashMap<>();
            for (int i = 0; i + 1 < parameters.size(); i += 2) {
                params.put(parameters.get(i), parameters.get(i + 1));
            }
            for (int i = 0; i + 1 < fragments.size(); i += 2) {
                params.put(fragments.get(i), QueryFragment.of(fragments.get(i + 1)));
            }
            Queries queries = catalog.forEnvironment(environment);
            String text = queries.dryRun(name, params);
            if (dryRun) {
                ObjectNode json = JsonNodeFactory.instance.objectNode();
                json.put("environment", queries.environment());
                json.put("name", queries.definition(name).name());
                json.put("query", text);
                output().object(json, text);
                return ExitCodes.OK;
            }
            Queries running = catalog.using(ConfiguredQueries.provider(environment, CliConfig.load(global()),
                    providerArgs));
            QueryResult result = splitBy == null ? running.execute(name, params) : running.execute(name, params,
                    SplitOptions.by(splitBy).parallelism(splitParallel).attempts(splitAttempts));
            output().table(result.rows());
            // A partial result is written, then said to be partial: rows are never dropped silently (exit 1)
            result.problems().forEach(p -> terminal().warn("missing rows: " + p));
            if (!result.isComplete()) {
                terminal().error("partial result: " + result.problems().size() + " part(s) of the query failed; the "
                        + result.rows().height() + " rows above are not all there are");
                return ExitCodes.FAILED;
            }
            return ExitCodes.OK;
        }
    }
}
