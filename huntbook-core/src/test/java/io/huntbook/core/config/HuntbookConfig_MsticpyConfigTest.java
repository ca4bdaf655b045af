package io.huntbook.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HuntbookConfig_MsticpyConfigTest {
    @TempDir
    Path dir;

    private HuntbookConfig config;

    @BeforeEach
    void load() {
        ConfigFixtures.copyTo(dir);
        config = HuntbookConfig.load(dir.resolve("msticpyconfig.yaml"),
                Map.of("OTX_AUTH", "otx-from-env", "XFORCE_ID", "xforce-id"));
    }

    @Test
    void aValidMsticpyConfigLoadsWithoutErrors() {
        ConfigReport report = HuntbookConfig.check(dir.resolve("msticpyconfig.yaml"), false, Map.of("OTX_AUTH", "x"));
        assertThat(report.errors()).isEmpty();
    }

    @Test
    void workspacesUnderEitherSectionName() {
        assertThat(config.workspaces()).containsOnlyKeys("Default", "Contoso-EU");
        Workspace ws = config.defaultWorkspace().orElseThrow();
        assertThat(ws.workspaceId()).isEqualTo("0b6c3a7e-2f41-4c55-9a10-3d2e8f7c1b90");
        assertThat(ws.workspaceName()).contains("soc-prod-ws");
        assertThat(config.section("MSSentinel").map("Workspaces").keys()).contains("Contoso-EU");
    }

    @Test
    void providersWithTheirPrimaryFlagsAndArgs() {
        assertThat(config.tiProviders()).extracting(ProviderSettings::provider)
                .containsExactly("OTX", "VirusTotal", "XForce", "AzSTI", "GreyNoise", "Tor");
        ProviderSettings vt = config.provider("TIProviders", "VirusTotal").orElseThrow();
        assertThat(vt.primary()).isTrue(); // "yes" is a boolean in YAML 1.1, as MSTICPy reads it
        assertThat(config.provider("TIProviders", "XForce").orElseThrow().primary()).isFalse();
        assertThat(config.provider("TIProviders", "AzureSentinel").orElseThrow().arg("WorkspaceID"))
                .contains("0b6c3a7e-2f41-4c55-9a10-3d2e8f7c1b90");
        assertThat(config.otherProviders().get(0).arg("DBFolder")).contains("~/.msticpy");
        assertThat(config.section("DataProviders").map("Splunk").map("Args").integer("port")).contains(8089L);
    }

    @Test
    void secretReferencesResolveWhenUsed() {
        assertThat(config.tiProviders().get(0).secretArg("AuthKey").orElseThrow().reveal()).isEqualTo("otx-from-env");
        Secret file = config.secret("TIProviders.GreyNoise.Args.AuthKey");
        assertThat(file.reveal()).isEqualTo("greynoise-file-value");
        Secret missing = config.secret("OtherProviders.GeoIPLite.Args.AuthKey");
        assertThatThrownBy(missing::reveal).isInstanceOf(SecretUnavailableException.class)
                .hasMessageContaining("msticpyconfig.yaml:")
                .hasMessageContaining("OtherProviders.GeoIPLite.Args.AuthKey")
                .hasMessageContaining("MAXMIND_AUTH is not set");
    }

    @Test
    void secretsAreReadWhenRevealedNotWhenLoaded() throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("late.yaml"), "TIProviders:\n  OTX:\n    Args:\n      AuthKey:\n"
                + "        File: late.key\n");
        HuntbookConfig late = HuntbookConfig.load(dir.resolve("late.yaml"), Map.of());
        assertThat(late.warnings()).isEmpty();
        Secret secret = late.secret("TIProviders.OTX.Args.AuthKey");
        java.nio.file.Files.writeString(dir.resolve("late.key"), "first\n");
        assertThat(secret.reveal()).isEqualTo("first");
        java.nio.file.Files.writeString(dir.resolve("late.key"), "rotated\n");
        assertThat(secret.reveal()).isEqualTo("rotated");
    }

    @Test
    void anyValueMayBeAReferenceResolvedByTheTypedAccessors() throws java.io.IOException {
        java.nio.file.Files.writeString(dir.resolve("refs.yaml"), """
                MSSentinel:
                  Workspaces:
                    Default:
                      WorkspaceId: {EnvironmentVar: WS_ID}
                      TenantId: {File: tenant.txt}
                DataProviders:
                  Splunk:
                    Args:
                      port: {EnvironmentVar: SPLUNK_PORT}
                      verify: {EnvironmentVar: SPLUNK_VERIFY}
                """);
        HuntbookConfig refs = HuntbookConfig.load(dir.resolve("refs.yaml"),
                Map.of("WS_ID", "0b6c3a7e-2f41-4c55-9a10-3d2e8f7c1b90", "SPLUNK_PORT", "8089", "SPLUNK_VERIFY", "no"));
        assertThat(refs.file()).isPresent(); // loaded although tenant.txt does not exist yet
        java.nio.file.Files.writeString(dir.resolve("tenant.txt"), "7e1d2c3b-4a59-4f68-8e77-6a5b4c3d2e1f\n");
        Workspace ws = refs.defaultWorkspace().orElseThrow();
        assertThat(ws.workspaceId()).isEqualTo("0b6c3a7e-2f41-4c55-9a10-3d2e8f7c1b90");
        assertThat(ws.tenantId()).isEqualTo("7e1d2c3b-4a59-4f68-8e77-6a5b4c3d2e1f");
        ConfigMap splunk = refs.section("DataProviders").map("Splunk").map("Args");
        assertThat(splunk.isReference("port")).isTrue();
        assertThat(splunk.integer("port")).contains(8089L);
        assertThat(splunk.bool("verify", true)).isFalse();
    }

    @Test
    void keyVaultReferencesGetMsticpysDefaults() {
        SecretReference derived = config.secret("TIProviders.VirusTotal.Args.AuthKey").reference().orElseThrow();
        assertThat(derived.keyVaultSecret(config.secretContext().defaultVault()))
                .isEqualTo(new SecretReference.KeyVaultSecret(Optional.of("soc-kv"), "TIProviders-VirusTotal-Args-AuthKey"));
        SecretReference named = config.secret("TIProviders.XForce.Args.AuthKey").reference().orElseThrow();
        assertThat(named.keyVaultSecret(Optional.of("other")))
                .isEqualTo(new SecretReference.KeyVaultSecret(Optional.of("soc-kv"), "xforce-key"));
        assertThatThrownBy(() -> config.secret("TIProviders.XForce.Args.AuthKey").reveal())
                .isInstanceOf(SecretUnavailableException.class).hasMessageContaining("huntbook-azure");
    }

    @Test
    void customQueryFoldersAreResolvedFromTheFilesFolder() {
        assertThat(config.customQueryPaths()).first().isEqualTo(dir.resolve("queries"));
        assertThat(config.customQueryPaths().get(1)).isEqualTo(Path.of(System.getProperty("user.home"), ".msticpy/queries"));
    }

    @Test
    void azureAndKeyVaultSettings() {
        assertThat(config.azure().cloud()).isEqualTo("global");
        assertThat(config.azure().authMethods()).containsExactly("cli", "msi", "interactive");
        assertThat(config.keyVault().orElseThrow().vaultName()).contains("soc-kv");
        assertThat(config.keyVault().orElseThrow().useKeyring()).isFalse();
    }

    @Test
    void maskedJsonKeepsReferencesAndStructure() {
        JsonNode json = config.toMaskedJson();
        assertThat(json.at("/TIProviders/OTX/Args/AuthKey/EnvironmentVar").asText()).isEqualTo("OTX_AUTH");
        assertThat(json.at("/TIProviders/VirusTotal/Args/AuthKey").has("KeyVault")).isTrue();
        assertThat(json.at("/TIProviders/OTX/Primary").asBoolean()).isTrue();
        assertThat(json.at("/DataProviders/Splunk/Args/port").asLong()).isEqualTo(8089);
    }

    @Test
    void emptyConfigurationHasEmptySectionsAndDefaults() {
        HuntbookConfig empty = HuntbookConfig.empty();
        assertThat(empty.tiProviders()).isEmpty();
        assertThat(empty.azure().authMethods()).isEqualTo(AzureSettings.DEFAULT_AUTH_METHODS);
        assertThat(empty.file()).isEmpty();
    }

    @Test
    void typedAccessorsNameFileLineAndPathOnWrongTypes() {
        HuntbookConfig custom = HuntbookConfig.parse("Huntbook:\n  Server:\n    port: eighty\n", "inline.yaml", Map.of());
        assertThatThrownBy(() -> custom.section("Huntbook").map("Server").integer("port"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("inline.yaml:3: Huntbook.Server.port: expected a whole number, found text 'eighty':"
                        + " write a number such as port: 8089");
    }
}
