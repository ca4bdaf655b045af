package io.huntbook.core.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a configuration's structure and types against what MSTICPy and Huntbook read, collecting every problem
 * instead of stopping at the first: wrong types, missing workspace ids, unknown TI providers and bad secret
 * references are errors; unknown sections and keys, missing folders and unresolvable secrets are warnings (errors
 * when {@link Secrets#RESOLVE} is asked for). Loading leaves references untouched; {@code config check} tries the
 * local ones (environment, files) and, with {@code --resolve}, all of them.
 */
final class ConfigValidator {
    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Set<String> PROVIDER_KEYS = Set.of("Args", "Primary", "Provider");

    /** How far secret references are followed: not at all when loading, so that a secret is read only when used. */
    enum Secrets { UNTOUCHED, TRY, RESOLVE }

    private final HuntbookConfig config;
    private final Secrets secretMode;
    private final boolean resolve;
    private final List<ConfigProblem> problems = new ArrayList<>();

    private ConfigValidator(HuntbookConfig config, Secrets secretMode) {
        this.config = config;
        this.secretMode = secretMode;
        this.resolve = secretMode == Secrets.RESOLVE;
    }

    static List<ConfigProblem> validate(HuntbookConfig config, Secrets secretMode) {
        ConfigValidator validator = new ConfigValidator(config, secretMode);
        validator.sections(config.root());
        validator.secrets(config.root());
        return validator.problems;
    }

    private void sections(ConfigMap root) {
        if (root.has("AzureSentinel") && root.has("MSSentinel")) {
            problems.add(ConfigProblem.warning(root.at("AzureSentinel"), "both AzureSentinel and MSSentinel are set",
                    "keep one: MSSentinel is read and AzureSentinel ignored"));
        }
        for (String name : root.keys()) {
            switch (name) {
                case "AzureSentinel", "MSSentinel" -> check(() -> sentinel(root.map(name)));
                case "Azure" -> check(() -> azure(root.map(name)));
                case "QueryDefinitions" -> check(() -> queryDefinitions(root.map(name)));
                case "TIProviders" -> check(() -> providers(root.map(name), true));
                case "OtherProviders", "DataProviders", "ContextProviders" -> check(() -> providers(root.map(name), false));
                case "KeyVault" -> check(() -> keyVault(root.map(name)));
                case "UserDefaults", "AzureCLI", "Huntbook" -> check(() -> root.map(name));
                default -> {
                    List<String> close = KnownNames.closest(name, KnownNames.SECTIONS);
                    problems.add(ConfigProblem.warning(root.at(name), "unknown section " + name + " (kept, not read)",
                            close.isEmpty() ? "sections read are " + String.join(", ", KnownNames.SECTIONS)
                                    : "did you mean " + close.get(0) + "?"));
                }
            }
        }
    }

    /** A text setting's type, unless it is a reference (resolved only when used). */
    private void text(ConfigMap map, String key) {
        if (!map.isReference(key)) {
            check(() -> map.string(key));
        }
    }

    /** The text under {@code key}, or empty when absent or a reference (so that loading never resolves it). */
    private static java.util.Optional<String> plain(ConfigMap map, String key) {
        return map.isReference(key) ? java.util.Optional.empty() : map.string(key);
    }

    /** The list under {@code key}, or empty when it holds references. */
    private static List<String> plainList(ConfigMap map, String key) {
        if (map.get(key).orElse(null) instanceof ConfigList list
                && list.items().stream().anyMatch(item -> item instanceof ConfigSecretRef)) {
            return List.of();
        }
        return map.strings(key);
    }

    private void check(Runnable step) {
        try {
            step.run();
        } catch (ConfigException e) {
            problems.add(e.problem());
        }
    }

    private void sentinel(ConfigMap section) {
        ConfigMap workspaces = section.map("Workspaces");
        for (String name : workspaces.keys()) {
            check(() -> {
                ConfigMap ws = workspaces.map(name);
                guid(ws, "WorkspaceId", true, "copy the Workspace ID from the Log Analytics workspace overview");
                guid(ws, "TenantId", true, "copy the Tenant ID from Microsoft Entra ID overview");
                guid(ws, "SubscriptionId", false, "copy the Subscription ID from the Azure portal");
                text(ws, "ResourceGroup");
                text(ws, "WorkspaceName");
            });
        }
    }

    private void guid(ConfigMap map, String key, boolean required, String fix) {
        if (map.isReference(key)) {
            return; // checked when it is resolved, never while loading
        }
        check(() -> {
            var value = map.string(key);
            if (value.isEmpty()) {
                if (required) {
                    problems.add(ConfigProblem.error(map, key + " is missing", "add " + key + ": with the GUID; " + fix));
                }
                return;
            }
            if (!GUID.matcher(value.get().strip()).matches()) {
                problems.add(ConfigProblem.error(map.at(key), key + " is not a GUID (" + ConfigMap.shown(map.at(key)) + ")",
                        fix));
            }
        });
    }

    private void azure(ConfigMap azure) {
        check(() -> plain(azure, "cloud").ifPresent(cloud -> {
            if (!KnownNames.AZURE_CLOUDS.contains(cloud)) {
                problems.add(ConfigProblem.error(azure.at("cloud"), "unknown cloud '" + cloud + "'",
                        "use one of " + String.join(", ", KnownNames.AZURE_CLOUDS)));
            }
        }));
        check(() -> {
            for (String method : plainList(azure, "auth_methods")) {
                if (!KnownNames.AUTH_METHODS.contains(method)) {
                    problems.add(ConfigProblem.error(azure.at("auth_methods"), "unknown auth method '" + method + "'",
                            "use some of " + String.join(", ", KnownNames.AUTH_METHODS)));
                }
            }
        });
    }

    private void queryDefinitions(ConfigMap section) {
        for (String key : section.keys()) {
            check(() -> {
                for (String folder : plainList(section, key)) {
                    Path path = HuntbookConfig.resolvePath(folder, config.baseDir());
                    if (!Files.isDirectory(path)) {
                        problems.add(ConfigProblem.warning(section.at(key), "no folder " + path,
                                "create it or remove it from the list"));
                    }
                }
            });
        }
    }

    private void providers(ConfigMap section, boolean threatIntel) {
        for (String name : section.keys()) {
            check(() -> {
                ConfigNode node = section.at(name);
                if (node instanceof ConfigScalar s && s.isNull() && !threatIntel) {
                    return;
                }
                ConfigMap entry = section.map(name);
                check(() -> entry.map("Args"));
                check(() -> {
                    if (!entry.isReference("Primary")) {
                        entry.bool("Primary", false);
                    }
                });
                check(() -> {
                    if (entry.isReference("Provider")) {
                        return;
                    }
                    String provider = entry.string("Provider").orElse(name);
                    if (threatIntel && !KnownNames.TI_PROVIDERS.contains(provider)) {
                        List<String> close = KnownNames.closest(provider, KnownNames.TI_PROVIDERS);
                        problems.add(ConfigProblem.error(entry.at("Provider"), "unknown TI provider '" + provider + "'",
                                (close.isEmpty() ? "" : "did you mean " + close.get(0) + "? ")
                                        + "set Provider: to one of " + String.join(", ", KnownNames.TI_PROVIDERS)));
                    }
                });
                if (threatIntel) {
                    for (String key : entry.keys()) {
                        if (!PROVIDER_KEYS.contains(key)) {
                            problems.add(ConfigProblem.warning(entry.at(key), "unknown key " + key + " (ignored)",
                                    "a provider has Args, Primary and Provider; put settings under Args"));
                        }
                    }
                }
            });
        }
    }

    private void keyVault(ConfigMap section) {
        check(() -> {
            if (!section.isReference("VaultName") && section.string("VaultName").isEmpty()) {
                problems.add(ConfigProblem.warning(section, "VaultName is missing",
                        "add VaultName: so that KeyVault references without a vault can be resolved"));
            }
        });
        guid(section, "TenantId", false, "copy the Tenant ID from Microsoft Entra ID overview");
        guid(section, "SubscriptionId", false, "copy the Subscription ID from the Azure portal");
        check(() -> {
            if (!section.isReference("UseKeyring")) {
                section.bool("UseKeyring", true);
            }
        });
        check(() -> plain(section, "Authority").ifPresent(authority -> {
            if (!KnownNames.AZURE_CLOUDS.contains(authority)) {
                problems.add(ConfigProblem.error(section.at("Authority"), "unknown authority '" + authority + "'",
                        "use one of " + String.join(", ", KnownNames.AZURE_CLOUDS)));
            }
        }));
    }

    /** Every secret reference in the file: well formed, and resolvable (warning, or error with resolve). */
    private void secrets(ConfigNode node) {
        switch (node) {
            case ConfigMap map -> {
                if (!map.path().isRoot()) {
                    malformedReference(map);
                }
                map.entries().values().forEach(this::secrets);
            }
            case ConfigList list -> list.items().forEach(this::secrets);
            case ConfigSecretRef ref -> reference(ref);
            case ConfigScalar scalar -> { }
        }
    }

    private void malformedReference(ConfigMap map) {
        for (SecretReference.Kind kind : SecretReference.Kind.values()) {
            ConfigNode value = map.entries().get(kind.key());
            if (value == null || (kind == SecretReference.Kind.KEY_VAULT && map.path().segments().size() == 1
                    && value instanceof ConfigMap)) {
                continue;
            }
            problems.add(ConfigProblem.error(value, "a secret reference with other keys or a nested value",
                    "write {" + kind.key() + ": value} alone as the value of " + map.path().leaf()));
        }
    }

    private void reference(ConfigSecretRef node) {
        SecretReference ref = node.reference();
        String arg = ref.argument() == null ? "" : ref.argument().strip();
        switch (ref.kind()) {
            case ENVIRONMENT_VAR, FILE -> {
                if (arg.isEmpty()) {
                    problems.add(ConfigProblem.error(node, ref.kind().key() + " names nothing",
                            "write the " + (ref.kind() == SecretReference.Kind.FILE ? "file path" : "variable name")
                                    + " after " + ref.kind().key() + ":"));
                    return;
                }
                tryResolve(node, ref);
            }
            case KEY_VAULT -> {
                if (arg.chars().filter(c -> c == '/').count() > 1 || arg.startsWith("/") || arg.endsWith("/")) {
                    problems.add(ConfigProblem.error(node, "KeyVault reference '" + arg + "' is not vault/secret",
                            "write KeyVault: secret-name, KeyVault: vault/secret-name, or an empty KeyVault:"));
                    return;
                }
                if (ref.keyVaultSecret(config.keyVault().flatMap(KeyVaultSettings::vaultName)).vault().isEmpty()) {
                    problems.add(level(node, "no vault for this KeyVault reference",
                            "add KeyVault: VaultName: your-vault, or write KeyVault: vault/secret"));
                    return;
                }
                if (resolve) {
                    tryResolve(node, ref);
                } else if (!hasPlugin(SecretReference.Kind.KEY_VAULT)) {
                    problems.add(ConfigProblem.warning(node, "Key Vault secrets need the huntbook-azure module",
                            "add it to the class path, or use {EnvironmentVar: NAME} or {File: path}"));
                }
            }
        }
    }

    private void tryResolve(ConfigSecretRef node, SecretReference ref) {
        if (secretMode == Secrets.UNTOUCHED) {
            return;
        }
        try {
            // The value is dropped at once: only whether it resolves matters here.
            Secret.of(ref, config.secretContext()).reveal();
        } catch (SecretUnavailableException e) {
            String message = e.getMessage();
            String prefix = ref.where() + ": " + ref.path() + ": ";
            String rest = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
            int fixAt = rest.lastIndexOf(": ");
            problems.add(level(node, fixAt < 0 ? rest : rest.substring(0, fixAt),
                    fixAt < 0 ? "fix the reference" : rest.substring(fixAt + 2)));
        }
    }

    private ConfigProblem level(ConfigNode node, String what, String fix) {
        return resolve ? ConfigProblem.error(node, what, fix) : ConfigProblem.warning(node, what, fix);
    }

    private static boolean hasPlugin(SecretReference.Kind kind) {
        for (SecretResolver resolver : ServiceLoader.load(SecretResolver.class)) {
            if (resolver.kind() == kind) {
                return true;
            }
        }
        return false;
    }

}
