package io.huntbook.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HuntbookConfig_BrokenFilesTest {
    @TempDir
    Path dir;

    @BeforeEach
    void fixtures() {
        ConfigFixtures.copyTo(dir);
    }

    @Test
    void badIndentationPointsAtTheLineAndItsKeyPath() {
        Path file = dir.resolve("broken-indentation.yaml");
        assertThatThrownBy(() -> HuntbookConfig.load(file, Map.of())).isInstanceOf(ConfigException.class)
                .hasMessage(file + ":6: TIProviders.OTX.Args.Primary: YAML syntax error: this line does not line up with"
                        + " the keys around it: indent it exactly as far as its sibling keys (spaces only)");
    }

    @Test
    void wrongTypesAreAllReportedWithFileLineAndPath() {
        Path file = dir.resolve("wrong-type.yaml");
        ConfigReport report = HuntbookConfig.check(file, false, Map.of("OTX_AUTH", "x"));
        assertThat(report.errors()).extracting(Object::toString).containsExactly(
                file + ":11: TIProviders.OTX.Primary: expected true or false, found text 'maybe':"
                        + " write Primary: true or Primary: false",
                file + ":14: QueryDefinitions.Custom: expected a list, found text '/var/queries':"
                        + " write it as a list: Custom: [value] or one '- value' per line");
        assertThatThrownBy(() -> HuntbookConfig.load(file, Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageEndingWith("(and 1 more: run huntbook config check)");
    }

    @Test
    void unknownProviderSuggestsTheClosestName() {
        Path file = dir.resolve("unknown-provider.yaml");
        ConfigReport report = HuntbookConfig.check(file, false, Map.of());
        assertThat(report.errors()).hasSize(1);
        assertThat(report.errors().get(0).toString())
                .startsWith(file + ":7: TIProviders.VirusTotal.Provider: unknown TI provider 'VirusTotl':"
                        + " did you mean VirusTotal? set Provider: to one of OTX, VirusTotal");
    }

    @Test
    void unresolvableSecretsAreWarningsUnlessResolveIsAsked() {
        Path file = dir.resolve("unknown-provider.yaml");
        Files.exists(file);
        Path good = write("vt.yaml", "TIProviders:\n  VirusTotal:\n    Args:\n      AuthKey:\n        EnvironmentVar: VT_AUTH\n");
        ConfigReport lenient = HuntbookConfig.check(good, false, Map.of());
        assertThat(lenient.hasErrors()).isFalse();
        assertThat(lenient.warnings()).extracting(Object::toString).containsExactly(
                good + ":5: TIProviders.VirusTotal.Args.AuthKey: cannot resolve {EnvironmentVar: VT_AUTH}:"
                        + " the environment variable VT_AUTH is not set: export VT_AUTH before running huntbook");
        ConfigReport strict = HuntbookConfig.check(good, true, Map.of());
        assertThat(strict.errors()).hasSize(1);
        assertThat(HuntbookConfig.check(good, true, Map.of("VT_AUTH", "v")).problems()).isEmpty();
    }

    @Test
    void emptyKeyVaultIsValidWithADefaultVault() {
        Path file = write("kv.yaml", "KeyVault:\n  VaultName: v1\nTIProviders:\n  OTX:\n    Args:\n      AuthKey:\n"
                + "        KeyVault:\n    Provider: OTX\n");
        ConfigReport report = HuntbookConfig.check(file, false, Map.of());
        assertThat(report.errors()).isEmpty();
        Path noVault = write("kv2.yaml", "TIProviders:\n  OTX:\n    Args:\n      AuthKey:\n        KeyVault:\n");
        assertThat(HuntbookConfig.check(noVault, false, Map.of()).warnings()).extracting(Object::toString)
                .anySatisfy(w -> assertThat(w).contains("no vault for this KeyVault reference"));
    }

    @Test
    void malformedReferencesAreErrors() {
        Path file = write("ref.yaml", "TIProviders:\n  OTX:\n    Args:\n      AuthKey:\n        EnvironmentVar: A\n"
                + "        File: b\n      ApiID:\n        EnvironmentVar:\n      Other:\n        KeyVault: a/b/c\n");
        assertThat(HuntbookConfig.check(file, false, Map.of()).errors()).extracting(Object::toString).containsExactly(
                file + ":5: TIProviders.OTX.Args.AuthKey.EnvironmentVar: a secret reference with other keys or a"
                        + " nested value: write {EnvironmentVar: value} alone as the value of AuthKey",
                file + ":6: TIProviders.OTX.Args.AuthKey.File: a secret reference with other keys or a nested value:"
                        + " write {File: value} alone as the value of AuthKey",
                file + ":8: TIProviders.OTX.Args.ApiID: EnvironmentVar names nothing: write the variable name after"
                        + " EnvironmentVar:",
                file + ":10: TIProviders.OTX.Args.Other: KeyVault reference 'a/b/c' is not vault/secret:"
                        + " write KeyVault: secret-name, KeyVault: vault/secret-name, or an empty KeyVault:");
    }

    @Test
    void otherSyntaxErrorsAndUnknownSections() {
        Path tabs = write("tabs.yaml", "TIProviders:\n\tOTX:\n");
        assertThat(HuntbookConfig.check(tabs, false, Map.of()).errors().get(0).toString())
                .isEqualTo(tabs + ":2: TIProviders.OTX: YAML syntax error: a tab character where indentation is expected:"
                        + " indent with spaces, not tabs");
        Path dup = write("dup.yaml", "Azure:\n  cloud: global\nAzure:\n  cloud: cn\n");
        assertThat(HuntbookConfig.check(dup, false, Map.of()).errors().get(0).toString())
                .isEqualTo(dup + ":3: Azure: duplicate key (first at line 1): keep one Azure: and merge the two");
        Path typo = write("typo.yaml", "TIProvider:\n  OTX:\n    Provider: OTX\nAzure:\n  cloud: mars\n");
        ConfigReport report = HuntbookConfig.check(typo, false, Map.of());
        assertThat(report.warnings()).extracting(Object::toString)
                .containsExactly(typo + ":2: TIProvider: unknown section TIProvider (kept, not read): did you mean TIProviders?");
        assertThat(report.errors()).extracting(Object::toString)
                .containsExactly(typo + ":5: Azure.cloud: unknown cloud 'mars': use one of global, usgov, cn, de");
        Path list = write("list.yaml", "- a\n- b\n");
        assertThat(HuntbookConfig.check(list, false, Map.of()).errors().get(0).toString())
                .contains("the file is a list, not a mapping of sections");
    }

    @Test
    void workspaceIdsMustBeGuids() {
        Path file = write("ws.yaml", "MSSentinel:\n  Workspaces:\n    Default:\n      WorkspaceId: not-a-guid\n");
        assertThat(HuntbookConfig.check(file, false, Map.of()).errors()).extracting(Object::toString).containsExactly(
                file + ":4: MSSentinel.Workspaces.Default.WorkspaceId: WorkspaceId is not a GUID (text 'not-a-guid'):"
                        + " copy the Workspace ID from the Log Analytics workspace overview",
                file + ":4: MSSentinel.Workspaces.Default: TenantId is missing: add TenantId: with the GUID;"
                        + " copy the Tenant ID from Microsoft Entra ID overview");
    }

    private Path write(String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
