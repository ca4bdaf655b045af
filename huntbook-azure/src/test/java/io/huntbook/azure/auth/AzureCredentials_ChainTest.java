package io.huntbook.azure.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.huntbook.core.BadInputException;
import io.huntbook.core.config.HuntbookConfig;
import io.huntbook.data.http.ProviderArgs;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which sign-in the chain is built from; nothing here signs in (that needs Microsoft Entra ID). */
class AzureCredentials_ChainTest {
    private static ProviderArgs args(String yaml, Map<String, String> overrides) {
        HuntbookConfig config = HuntbookConfig.parse(yaml, "test.yaml", Map.of("MDE_SECRET", "s3cret"));
        return ProviderArgs.of(config, "MDE", List.of("MicrosoftDefender"), overrides);
    }

    @Test
    void anAccessTokenSecretIsUsedAsItIs() {
        TokenSource tokens = AzureCredentials.create(args("""
                DataProviders:
                  MicrosoftDefender:
                    Args:
                      AccessToken: {EnvironmentVar: MDE_SECRET}
                """, Map.of()), List.of("cli"), AzureCloud.GLOBAL, Optional.empty());
        assertThat(tokens.token("https://graph.microsoft.com/.default")).isEqualTo("s3cret");
    }

    @Test
    void aClientSecretNeedsATenant() {
        assertThatThrownBy(() -> AzureCredentials.create(args("""
                DataProviders:
                  MicrosoftDefender:
                    Args:
                      ClientId: 0a1b2c3d-0000-4000-8000-000000000001
                      ClientSecret: {EnvironmentVar: MDE_SECRET}
                """, Map.of()), List.of("env"), AzureCloud.GLOBAL, Optional.empty()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("needs TenantId");
    }

    @Test
    void aClientSecretWithItsTenantBuildsAChain() {
        TokenSource tokens = AzureCredentials.create(args("""
                DataProviders:
                  MicrosoftDefender:
                    Args:
                      ClientId: 0a1b2c3d-0000-4000-8000-000000000001
                      TenantId: 72f988bf-86f1-41af-91ab-2d7cd011db47
                      ClientSecret: {EnvironmentVar: MDE_SECRET}
                """, Map.of()), List.of("env", "cli"), AzureCloud.USGOV, Optional.empty());
        assertThat(tokens.toString()).isEqualTo("Azure sign-in through clientsecret, env, cli")
                .doesNotContain("s3cret");
    }

    @Test
    void aManagedIdentityAskedForComesFirst() {
        TokenSource tokens = AzureCredentials.create(args("""
                DataProviders:
                  MicrosoftDefender:
                    Args: {ManagedIdentity: true}
                """, Map.of()), List.of("env", "cli", "msi"), AzureCloud.GLOBAL, Optional.empty());
        assertThat(tokens.toString()).isEqualTo("Azure sign-in through msi, env, cli");
    }

    @Test
    void theConfiguredMethodsAndCloudAreUsedWhenTheClientNamesNone() {
        HuntbookConfig config = HuntbookConfig.parse("Azure: {cloud: usgov, auth_methods: [cli, devicecode]}",
                "test.yaml", Map.of());
        TokenSource tokens = AzureCredentials.create(config, ProviderArgs.of(config, "MDE", List.of(), Map.of()),
                Optional.empty());
        assertThat(tokens.toString()).isEqualTo("Azure sign-in through cli, devicecode");
        assertThatThrownBy(() -> AzureCredentials.create(config, ProviderArgs.of(config, "MDE", List.of(),
                Map.of("Cloud", "mars")), Optional.empty())).isInstanceOf(BadInputException.class)
                .hasMessageContaining("unknown Azure cloud 'mars'");
    }

    @Test
    void noUsableMethodIsBadInputNamingTheMethods() {
        assertThatThrownBy(() -> AzureCredentials.create(args("{}", Map.of()), List.of("cache", "vscode"),
                AzureCloud.GLOBAL, Optional.empty()))
                .isInstanceOf(BadInputException.class).hasMessageContaining("no usable Azure sign-in method")
                .hasMessageContaining("cache");
    }

    @Test
    void theGermanCloudNeedsAnAuthorityHost() {
        assertThatThrownBy(() -> AzureCredentials.create(args("{}", Map.of()), List.of("env"), AzureCloud.DE,
                Optional.empty())).isInstanceOf(BadInputException.class).hasMessageContaining("AuthorityHost");
        assertThat(AzureCredentials.create(args("{}", Map.of("AuthorityHost", "https://login.example.test")),
                List.of("env"), AzureCloud.DE, Optional.empty())).isNotNull();
    }
}
