package io.huntbook.azure.auth;

import io.huntbook.core.BadInputException;
import io.huntbook.core.config.HuntbookConfig;
import io.huntbook.data.http.ProviderArgs;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The endpoints of an Azure cloud ({@code Azure.cloud} in the configuration, MSTICPy's names). Each can be overridden
 * in a provider's {@code Args} ({@code Endpoint}, {@code AuthorityHost}), which is how a retired or private cloud,
 * a proxy that rewrites addresses, or a test server is reached.
 */
public enum AzureCloud {
    GLOBAL("https://login.microsoftonline.com", "https://api.loganalytics.io", "https://graph.microsoft.com"),
    USGOV("https://login.microsoftonline.us", "https://api.loganalytics.us", "https://graph.microsoft.us"),
    CN("https://login.chinacloudapi.cn", "https://api.loganalytics.azure.cn", "https://microsoftgraph.chinacloudapi.cn"),
    /** Microsoft Cloud Deutschland, closed in 2021: only explicit endpoints work. */
    DE(null, null, null);

    private final String authority;
    private final String logAnalytics;
    private final String graph;

    AzureCloud(String authority, String logAnalytics, String graph) {
        this.authority = authority;
        this.logAnalytics = logAnalytics;
        this.graph = graph;
    }

    /** The cloud a client uses: its own {@code Cloud} setting, else {@code Azure.cloud}. */
    public static AzureCloud of(HuntbookConfig config, ProviderArgs args) {
        return of(args.text("Cloud").orElse(config.azure().cloud()));
    }

    public static AzureCloud of(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "global", "public", "azurecloud" -> GLOBAL;
            case "usgov", "azureusgovernment" -> USGOV;
            case "cn", "china", "azurechinacloud" -> CN;
            case "de", "germany" -> DE;
            default -> throw new BadInputException("unknown Azure cloud '" + name + "': use global, usgov or cn");
        };
    }

    public Optional<URI> authorityHost() {
        return Optional.ofNullable(authority).map(URI::create);
    }

    public URI logAnalytics() {
        return require(logAnalytics, "Log Analytics");
    }

    public URI graph() {
        return require(graph, "Microsoft Graph");
    }

    private URI require(String uri, String service) {
        if (uri == null) {
            throw new BadInputException("the Azure cloud " + name().toLowerCase(Locale.ROOT) + " has no " + service
                    + " endpoint: set Endpoint under the provider's Args in DataProviders");
        }
        return URI.create(uri);
    }
}
