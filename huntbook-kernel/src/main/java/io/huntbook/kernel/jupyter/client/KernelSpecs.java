package io.huntbook.kernel.jupyter.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds kernelspecs where jupyter_client looks, in its order: {@code JUPYTER_PATH}, then the user's data folder
 * ({@code JUPYTER_DATA_DIR}, else {@code $XDG_DATA_HOME/jupyter}, else {@code ~/.local/share/jupyter}) and the
 * active environment's prefix ({@code VIRTUAL_ENV}, {@code CONDA_PREFIX}; first when {@code JUPYTER_PREFER_ENV_PATH}
 * says so or, unset, when an environment is active), then {@code /usr/local/share/jupyter} and
 * {@code /usr/share/jupyter}. Each place's {@code kernels/NAME/kernel.json}; the first of a name wins.
 */
public final class KernelSpecs {
    private static final Logger LOG = LoggerFactory.getLogger(KernelSpecs.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VALID_NAME = Pattern.compile("[a-z0-9._-]+", Pattern.CASE_INSENSITIVE);
    private static final List<String> SYSTEM = List.of("/usr/local/share/jupyter", "/usr/share/jupyter");

    private KernelSpecs() {}

    /** The data folders searched, highest priority first, for the given environment variables. */
    public static List<Path> searchPath(Map<String, String> env) {
        LinkedHashSet<Path> paths = new LinkedHashSet<>();
        String jupyterPath = env.get("JUPYTER_PATH");
        if (jupyterPath != null && !jupyterPath.isEmpty()) {
            for (String entry : jupyterPath.split(File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    paths.add(Path.of(entry));
                }
            }
        }
        List<Path> user = List.of(userDataDirectory(env));
        List<Path> prefixes = new ArrayList<>();
        for (String variable : List.of("VIRTUAL_ENV", "CONDA_PREFIX")) {
            String prefix = env.get(variable);
            if (prefix != null && !prefix.isEmpty()) {
                Path data = Path.of(prefix, "share", "jupyter");
                if (!SYSTEM.contains(data.toString())) {
                    prefixes.add(data);
                }
            }
        }
        String prefer = env.get("JUPYTER_PREFER_ENV_PATH");
        boolean environmentFirst = prefer == null ? !prefixes.isEmpty()
                : !List.of("", "0", "false", "no", "off").contains(prefer.toLowerCase(Locale.ROOT));
        paths.addAll(environmentFirst ? prefixes : user);
        paths.addAll(environmentFirst ? user : prefixes);
        SYSTEM.forEach(p -> paths.add(Path.of(p)));
        return List.copyOf(paths);
    }

    /** Jupyter's user data folder. */
    public static Path userDataDirectory(Map<String, String> env) {
        String dataDir = env.get("JUPYTER_DATA_DIR");
        if (dataDir != null && !dataDir.isEmpty()) {
            return Path.of(dataDir);
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isEmpty()) {
            return Path.of(xdg, "jupyter");
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home, ".local", "share", "jupyter");
    }

    /** Every kernelspec found for the given environment, by name, in search order. */
    public static Map<String, KernelSpec> findAll(Map<String, String> env) {
        Map<String, KernelSpec> found = new LinkedHashMap<>();
        for (Path data : searchPath(env)) {
            Path kernels = data.resolve("kernels");
            if (!Files.isDirectory(kernels)) {
                continue;
            }
            List<Path> folders;
            try (Stream<Path> list = Files.list(kernels)) {
                folders = list.sorted().toList();
            } catch (IOException e) {
                LOG.debug("cannot list {}: {}", kernels, e.getMessage());
                continue;
            }
            for (Path folder : folders) {
                String name = folder.getFileName().toString().toLowerCase(Locale.ROOT);
                if (found.containsKey(name) || !VALID_NAME.matcher(name).matches()
                        || !Files.isRegularFile(folder.resolve("kernel.json"))) {
                    continue;
                }
                KernelSpec spec = read(name, folder);
                if (spec != null) {
                    found.put(name, spec);
                }
            }
        }
        return found;
    }

    /** The kernelspec named {@code name} (case-insensitive), as jupyter_client would pick it. */
    public static Optional<KernelSpec> find(String name, Map<String, String> env) {
        return Optional.ofNullable(findAll(env).get(name.toLowerCase(Locale.ROOT)));
    }

    /** Reads one kernelspec folder; null (logged) when its kernel.json is unusable, as jupyter_client skips it. */
    static @Nullable KernelSpec read(String name, Path folder) {
        try {
            JsonNode json = JSON.readTree(folder.resolve("kernel.json").toFile());
            List<String> argv = new ArrayList<>();
            json.path("argv").forEach(a -> argv.add(a.asText()));
            if (argv.isEmpty()) {
                LOG.warn("kernelspec {} has no argv; skipped", folder);
                return null;
            }
            Map<String, String> env = new LinkedHashMap<>();
            json.path("env").properties().forEach(e -> env.put(e.getKey(), e.getValue().asText()));
            return new KernelSpec(name, folder, argv, json.path("display_name").asText(name),
                    json.path("language").asText(""), json.path("interrupt_mode").asText("signal"), env);
        } catch (IOException e) {
            LOG.warn("kernelspec {} cannot be read: {}", folder, e.getMessage());
            return null;
        }
    }
}
