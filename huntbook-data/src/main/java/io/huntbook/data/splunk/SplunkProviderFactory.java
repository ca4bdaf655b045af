package io.huntbook.data.splunk;

import io.huntbook.core.BadInputException;
import io.huntbook.core.config.HuntbookConfig;
import io.huntbook.core.config.Secret;
import io.huntbook.data.QueryProvider;
import io.huntbook.data.QueryProviderFactory;
import io.huntbook.data.http.ProviderArgs;
import io.huntbook.data.http.RestClient;
import io.huntbook.data.http.Sleeper;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Splunk from {@code DataProviders.Splunk.Args} (MSTICPy's keys): {@code host} and {@code port} (8089, https), or
 * {@code Endpoint} ({@code https://splunk.example:8089}); {@code bearer_token}, or {@code username} and
 * {@code password}; {@code PageSize} (rows per results page, default 10,000), plus the HTTP settings.
 */
public final class SplunkProviderFactory implements QueryProviderFactory {
    @Override
    public List<String> environments() {
        return List.of(SplunkProvider.ENVIRONMENT);
    }

    @Override
    public QueryProvider create(String environment, HuntbookConfig config, Map<String, String> overrides) {
        return create(ProviderArgs.of(config, SplunkProvider.ENVIRONMENT, List.of("Splunk"), overrides), Sleeper.REAL);
    }

    static SplunkProvider create(ProviderArgs args, Sleeper sleeper) {
        URI base = args.endpoint("Endpoint").orElseGet(() -> {
            String host = args.require("host", "splunk.example.com");
            int port = args.integer("port").orElse(8089);
            String scheme = args.text("scheme").orElse("https");
            return URI.create(scheme + "://" + host + ":" + port);
        });
        String auth = authorization(args);
        int pageSize = args.integer("PageSize").orElse(10_000);
        if (pageSize < 1) {
            throw new BadInputException("Splunk PageSize must be at least 1");
        }
        RestClient client = RestClient.create("Splunk", args.http()).withSleeper(sleeper);
        return new SplunkProvider(client, base, auth, pageSize, sleeper);
    }

    private static String authorization(ProviderArgs args) {
        Optional<Secret> token = args.secret("bearer_token").or(() -> args.secret("BearerToken"));
        if (token.isPresent()) {
            return "Bearer " + token.get().reveal();
        }
        return args.basicAuthorization().orElseThrow(() -> new BadInputException("Splunk needs credentials: add "
                + "bearer_token, or username and password, under DataProviders.Splunk.Args (as secret references, "
                + "e.g. bearer_token: {EnvironmentVar: SPLUNK_TOKEN})"));
    }
}
