package io.huntbook.data.elastic;

import io.huntbook.core.BadInputException;
import io.huntbook.core.config.HuntbookConfig;
import io.huntbook.core.config.Secret;
import io.huntbook.data.QueryProvider;
import io.huntbook.data.QueryProviderFactory;
import io.huntbook.data.http.ProviderArgs;
import io.huntbook.data.http.RestClient;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Elasticsearch or OpenSearch from {@code DataProviders.Elastic.Args}: {@code Endpoint} ({@code https://es:9200}),
 * {@code ApiKey} (Elasticsearch's encoded API key) or {@code username} and {@code password}, {@code Index} (the index
 * pattern {@code _search} queries run over, default {@code *}), {@code Flavor} ({@code elasticsearch}, the default,
 * or {@code opensearch}), {@code PageSize} (hits per page, default 1,000), plus the HTTP settings.
 */
public final class ElasticProviderFactory implements QueryProviderFactory {
    @Override
    public List<String> environments() {
        return List.of(ElasticProvider.ENVIRONMENT, "OpenSearch");
    }

    @Override
    public QueryProvider create(String environment, HuntbookConfig config, Map<String, String> overrides) {
        return create(ProviderArgs.of(config, ElasticProvider.ENVIRONMENT, List.of(environment, "Elastic",
                "Elasticsearch", "OpenSearch"), overrides), environment.equalsIgnoreCase("OpenSearch"));
    }

    static ElasticProvider create(ProviderArgs args, boolean openSearch) {
        URI base = args.endpoint("Endpoint").orElseThrow(() -> new BadInputException("Elastic needs Endpoint: add it "
                + "under DataProviders.Elastic.Args (e.g. Endpoint: https://elastic.example:9200)"));
        String flavor = args.text("Flavor").orElse(openSearch ? "opensearch" : "elasticsearch").toLowerCase(Locale.ROOT);
        ElasticProvider.Flavor f = switch (flavor) {
            case "elasticsearch", "elastic" -> ElasticProvider.Flavor.ELASTICSEARCH;
            case "opensearch" -> ElasticProvider.Flavor.OPENSEARCH;
            default -> throw new BadInputException("Elastic Flavor '" + flavor + "' is unknown: use elasticsearch or "
                    + "opensearch");
        };
        int pageSize = args.integer("PageSize").orElse(1000);
        if (pageSize < 1 || pageSize > 10_000) {
            throw new BadInputException("Elastic PageSize must be 1 to 10000 (the server's max_result_window)");
        }
        RestClient client = RestClient.create(f == ElasticProvider.Flavor.OPENSEARCH ? "OpenSearch" : "Elasticsearch",
                args.http());
        return new ElasticProvider(client, base, authorization(args), args.text("Index").orElse("*"), pageSize, f);
    }

    private static String authorization(ProviderArgs args) {
        Optional<Secret> apiKey = args.secret("ApiKey");
        if (apiKey.isPresent()) {
            return "ApiKey " + apiKey.get().reveal();
        }
        return args.basicAuthorization().orElseThrow(() -> new BadInputException("Elastic needs credentials: add "
                + "ApiKey, or username and password, under DataProviders.Elastic.Args (as secret references, e.g. "
                + "ApiKey: {EnvironmentVar: ES_API_KEY})"));
    }
}
