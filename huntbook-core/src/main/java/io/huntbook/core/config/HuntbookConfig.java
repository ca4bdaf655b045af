package io.huntbook.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.huntbook.core.BadInputException;
import io.huntbook.core.HuntbookHome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The configuration every module reads its section from: {@code huntbook.yaml}, or an existing
 * {@code msticpyconfig.yaml} read as it is (MSTICPy's section names: {@code AzureSentinel}/{@code MSSentinel},
 * {@code Azure}, {@code DataProviders}, {@code TIProviders}, {@code OtherProviders}, {@code ContextProviders},
 * {@code KeyVault}, {@code QueryDefinitions}, {@code UserDefaults}).
 *
 * <pre>{@code
 * HuntbookConfig config = HuntbookConfig.discover(cliConfigOption);     // --config, HUNTBOOK_CONFIG, ./huntbook.yaml, ...
 * for (ProviderSettings ti : config.tiProviders()) {
 *     Optional<Secret> key = ti.secretArg("AuthKey");                   // resolved only when revealed
 * }
 * String folder = config.section("OtherProviders").map("GeoIPLite").map("Args").string("DBFolder").orElse("~/.msticpy");
 * }</pre>
 *
 * <p>Loading checks the known sections' structure and types and throws {@link ConfigException}
 * ({@code file:line: key.path: what is wrong: how to fix}) for the first error; {@link #check} collects them all.
 * Secret values are never logged, printed or put in messages; {@link #toMaskedJson()} masks them.
 */
public final class HuntbookConfig {
    private final ConfigMap root;
    private final @Nullable Path file;
    private final Map<String, String> environment;
    private List<ConfigProblem> warnings = List.of();

    private HuntbookConfig(ConfigMap root, @Nullable Path file, Map<String, String> environment) {
        this.root = root;
        this.file = file;
        this.environment = Map.copyOf(environment);
        root.scope().bind(secretContext());
    }

    /** No configuration file: every section empty, every setting at its default. */
    public static HuntbookConfig empty() {
        return new HuntbookConfig(ConfigMap.empty(ConfigPath.root(), "(no configuration file)"), null, System.getenv());
    }

    /** The configuration for this process: the file {@link ConfigSource#locate} finds, or {@link #empty()}. */
    public static HuntbookConfig discover(@Nullable Path explicit) {
        return discover(explicit, System.getenv(), Path.of("").toAbsolutePath());
    }

    /** The configuration found from {@code explicit}, {@code env} and {@code workingDir}, or {@link #empty()}. */
    public static HuntbookConfig discover(@Nullable Path explicit, Map<String, String> env, Path workingDir) {
        return ConfigSource.locate(explicit, env, workingDir).map(source -> load(source.file(), env))
                .orElseGet(() -> new HuntbookConfig(ConfigMap.empty(ConfigPath.root(), "(no configuration file)"),
                        null, env));
    }

    /** Loads {@code file}, resolving secret references in this process's environment. */
    public static HuntbookConfig load(Path file) {
        return load(file, System.getenv());
    }

    /** Loads {@code file}; {@code env} is the environment {@code EnvironmentVar} references read. */
    public static HuntbookConfig load(Path file, Map<String, String> env) {
        HuntbookConfig config = new HuntbookConfig(YamlTree.read(readText(file), file.toString(), new SecretScope()),
                file.toAbsolutePath(), env);
        List<ConfigProblem> problems = ConfigValidator.validate(config, ConfigValidator.Secrets.UNTOUCHED);
        List<ConfigProblem> errors = problems.stream().filter(ConfigProblem::isError).toList();
        if (!errors.isEmpty()) {
            throw new ConfigException(errors.get(0), errors.size() - 1);
        }
        config.warnings = problems;
        return config;
    }

    /** Parses configuration text that has no file ({@code source} names it in messages). */
    public static HuntbookConfig parse(String yaml, String source, Map<String, String> env) {
        HuntbookConfig config = new HuntbookConfig(YamlTree.read(yaml, source, new SecretScope()), null, env);
        List<ConfigProblem> problems = ConfigValidator.validate(config, ConfigValidator.Secrets.UNTOUCHED);
        problems.stream().filter(ConfigProblem::isError).findFirst().ifPresent(error -> {
            throw new ConfigException(error, (int) problems.stream().filter(ConfigProblem::isError).count() - 1);
        });
        config.warnings = problems;
        return config;
    }

    /**
     * Checks {@code file} and reports every problem, syntax errors included, without throwing for them. With
     * {@code resolve}, every secret reference is resolved (Key Vault included) and one that fails is an error.
     */
    public static ConfigReport check(Path file, boolean resolve, Map<String, String> env) {
        HuntbookConfig config;
        try {
            config = new HuntbookConfig(YamlTree.read(readText(file), file.toString(), new SecretScope()),
                    file.toAbsolutePath(), env);
        } catch (ConfigException e) {
            return new ConfigReport(Optional.of(file), List.of(e.problem()));
        }
        return new ConfigReport(Optional.of(file), ConfigValidator.validate(config,
                resolve ? ConfigValidator.Secrets.RESOLVE : ConfigValidator.Secrets.TRY));
    }

    private static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException("no such configuration file: " + file, e);
        } catch (CharacterCodingException e) {
            throw new BadInputException(file + ": not UTF-8 text: save the configuration as UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The file this configuration was read from; empty when there is none. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The folder relative paths in the file start from: the file's folder, else the working folder. */
    public Path baseDir() {
        return file != null ? file.getParent() : Path.of("").toAbsolutePath();
    }

    /** The whole file. */
    public ConfigMap root() {
        return root;
    }

    /**
     * A top-level section; an empty mapping when the file has none. {@code AzureSentinel} and {@code MSSentinel} are
     * one section under two names (MSTICPy's old and new): asking for either finds whichever is written, and
     * {@code MSSentinel} wins when both are.
     */
    public ConfigMap section(String name) {
        if (name.equals("AzureSentinel") || name.equals("MSSentinel")) {
            return root.has("MSSentinel") ? root.map("MSSentinel") : root.map("AzureSentinel");
        }
        return root.map(name);
    }

    /** Whether the file has section {@code name} (either name of the Sentinel section). */
    public boolean hasSection(String name) {
        if (name.equals("AzureSentinel") || name.equals("MSSentinel")) {
            return root.has("MSSentinel") || root.has("AzureSentinel");
        }
        return root.has(name);
    }

    /** The Sentinel workspaces by name, in file order. */
    public Map<String, Workspace> workspaces() {
        ConfigMap workspaces = section("MSSentinel").map("Workspaces");
        Map<String, Workspace> result = new LinkedHashMap<>();
        for (String name : workspaces.keys()) {
            result.put(name, Workspace.of(name, workspaces.map(name)));
        }
        return result;
    }

    /** The workspace named {@code name}. */
    public Optional<Workspace> workspace(String name) {
        return Optional.ofNullable(workspaces().get(name));
    }

    /** The workspace named {@code Default}, which MSTICPy uses when none is named. */
    public Optional<Workspace> defaultWorkspace() {
        return workspace("Default");
    }

    /** The entries of a provider section ({@code TIProviders}, {@code OtherProviders}, {@code DataProviders}, ...). */
    public List<ProviderSettings> providers(String sectionName) {
        ConfigMap section = section(sectionName);
        List<ProviderSettings> result = new ArrayList<>();
        for (String name : section.keys()) {
            ConfigMap entry = section.map(name);
            result.add(new ProviderSettings(sectionName, name, entry.string("Provider").orElse(name),
                    entry.bool("Primary", false), entry.map("Args"), entry, secretContext()));
        }
        return result;
    }

    /** One provider entry by its key. */
    public Optional<ProviderSettings> provider(String sectionName, String name) {
        return providers(sectionName).stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public List<ProviderSettings> tiProviders() {
        return providers("TIProviders");
    }

    public List<ProviderSettings> otherProviders() {
        return providers("OtherProviders");
    }

    public List<ProviderSettings> dataProviders() {
        return providers("DataProviders");
    }

    /** {@code QueryDefinitions.Custom} folders, {@code ~} expanded and relative ones from {@link #baseDir()}. */
    public List<Path> customQueryPaths() {
        return section("QueryDefinitions").strings("Custom").stream().map(p -> resolvePath(p, baseDir())).toList();
    }

    /** The {@code Azure} section with MSTICPy's defaults. */
    public AzureSettings azure() {
        return AzureSettings.of(section("Azure"));
    }

    /** The {@code KeyVault} section, if the file has one. */
    public Optional<KeyVaultSettings> keyVault() {
        return root.has("KeyVault") ? Optional.of(KeyVaultSettings.of(section("KeyVault"))) : Optional.empty();
    }

    /** The value at a dotted path ({@code TIProviders.OTX.Args.AuthKey}), if there is one. */
    public Optional<ConfigNode> find(String dottedPath) {
        ConfigNode node = root;
        for (String key : ConfigPath.parse(dottedPath).segments()) {
            if (!(node instanceof ConfigMap map) || !map.has(key)) {
                return Optional.empty();
            }
            node = map.at(key);
        }
        return Optional.of(node);
    }

    /** The secret at a dotted path, as notebooks ask for it with {@code secret("...")}. */
    public Secret secret(String dottedPath) {
        ConfigPath path = ConfigPath.parse(dottedPath);
        if (path.isRoot()) {
            throw new BadInputException("secret(\"\") names nothing: give a key path such as TIProviders.OTX.Args.AuthKey");
        }
        ConfigNode node = find(dottedPath).orElseThrow(() -> new BadInputException("no setting " + dottedPath
                + " in " + root.source() + ": add it, e.g. as {EnvironmentVar: NAME}"));
        ConfigPath parentPath = new ConfigPath(path.segments().subList(0, path.segments().size() - 1));
        ConfigMap parent = (ConfigMap) find(parentPath.segments().isEmpty() ? "" : String.join(".",
                parentPath.segments())).orElse(root);
        return parent.secret(path.leaf(), secretContext()).orElseThrow(() -> new BadInputException(
                node.where() + ": " + dottedPath + " is empty: give it a value or a secret reference"));
    }

    /** What resolvers use: this configuration, the environment, the base folder. */
    public SecretContext secretContext() {
        return new SecretContext(this, environment, baseDir());
    }

    /** The configuration as JSON, secrets masked: what {@code config show --format json} prints. */
    public JsonNode toMaskedJson() {
        return root.toMaskedJson();
    }

    /** Warnings found while loading (unknown sections, missing folders); secret references are not followed here. */
    public List<ConfigProblem> warnings() {
        return warnings;
    }

    /** A path from the file: {@code ~} expanded, a relative path taken from {@code baseDir}. */
    public static Path resolvePath(String path, Path baseDir) {
        Path expanded = HuntbookHome.expandHome(path.strip());
        return expanded.isAbsolute() ? expanded : baseDir.resolve(expanded).normalize();
    }

    @Override
    public String toString() {
        return "HuntbookConfig[" + root.source() + ", sections " + root.keys() + "]";
    }
}
