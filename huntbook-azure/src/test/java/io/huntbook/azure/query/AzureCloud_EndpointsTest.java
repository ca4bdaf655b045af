package io.huntbook.azure.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.core.BadInputException;
import io.huntbook.core.config.HuntbookConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Sovereign clouds pick their own endpoints and token scopes; the configuration can override each. */
class AzureCloud_EndpointsTest {
    private static HuntbookConfig config(String cloud) {
        return HuntbookConfig.parse("""
                Azure:
                  cloud: %s
                  auth_methods: [env]
                MSSentinel:
                  Workspaces:
                    Default:
                      WorkspaceId: 52b1ab41-869e-4138-9e40-2a4457f09bf0
                      TenantId: 72f988bf-86f1-41af-91ab-2d7cd011db47
                """.formatted(cloud), "test.yaml", Map.of());
    }

    @Test
    void eachCloudQueriesItsOwnLogAnalyticsAndGraph() {
        AzureQueryProviders providers = new AzureQueryProviders();
        assertThat(providers.logAnalytics(config("usgov"), Map.of()).uri().toString())
                .isEqualTo("https://api.loganalytics.us/v1/workspaces/52b1ab41-869e-4138-9e40-2a4457f09bf0/query");
        assertThat(providers.logAnalytics(config("usgov"), Map.of()).scope())
                .isEqualTo("https://api.loganalytics.us/.default");
        assertThat(providers.logAnalytics(config("cn"), Map.of()).uri().getHost()).isEqualTo("api.loganalytics.azure.cn");
        assertThat(providers.defender("MDE", config("global"), Map.of()).uri().toString())
                .isEqualTo("https://graph.microsoft.com/v1.0/security/runHuntingQuery");
        assertThat(providers.defender("MDE", config("cn"), Map.of()).scope())
                .isEqualTo("https://microsoftgraph.chinacloudapi.cn/.default");
    }

    @Test
    void anEndpointGivenOnTheCommandLineWinsOverTheCloud() {
        var provider = new AzureQueryProviders().logAnalytics(config("global"),
                Map.of("Endpoint", "https://la-proxy.internal.example/"));
        assertThat(provider.uri().toString()).startsWith("https://la-proxy.internal.example/v1/workspaces/");
    }

    @Test
    void theRetiredGermanCloudNeedsExplicitEndpoints() {
        assertThatThrownBy(() -> new AzureQueryProviders().logAnalytics(config("de"), Map.of()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("set Endpoint");
    }

    @Test
    void kustoWithoutAClusterSaysWhatToAdd() {
        assertThatThrownBy(() -> new AzureQueryProviders().create("Kusto", config("global"), Map.of()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("Kusto needs Cluster");
    }
}
