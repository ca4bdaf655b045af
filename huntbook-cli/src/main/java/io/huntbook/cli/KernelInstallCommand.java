package io.huntbook.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.core.BadInputException;
import io.huntbook.core.ExitCodes;
import io.huntbook.core.HuntbookException;
import io.huntbook.core.io.AtomicFiles;
import io.huntbook.kernel.jupyter.client.KernelSpecs;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code huntbook kernel install}: writes the Huntbook kernelspec where Jupyter finds it (DESIGN.md §6.B), as
 * {@code jupyter kernelspec install} places one: system-wide by default, {@code --user}, {@code --sys-prefix} (the
 * active Python environment) or {@code --prefix P} ({@code P/share/jupyter/kernels/N}). Its {@code argv} runs this
 * installation on the {@code java} Huntbook runs on, so Jupyter needs no launcher script on its PATH.
 */
@Command(name = "install", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Install the Huntbook kernelspec for Jupyter (JupyterLab, VS Code, nbclient, papermill).")
final class KernelInstallCommand extends Subcommand {
    private static final Pattern NAME = Pattern.compile("[a-z0-9._-]+", Pattern.CASE_INSENSITIVE);
    static final String MAIN = "io.huntbook.cli.Main";

    @ArgGroup(exclusive = true)
    @Nullable Target target;

    /** Where the kernelspec goes. */
    static final class Target {
        @Option(names = "--user", description = "Install for this user (Jupyter's user data folder).")
        boolean user;

        @Option(names = "--sys-prefix",
                description = "Install into the active Python environment (VIRTUAL_ENV or CONDA_PREFIX).")
        boolean sysPrefix;

        @Option(names = "--prefix", paramLabel = "PREFIX", description = "Install into PREFIX/share/jupyter/kernels.")
        @Nullable Path prefix;
    }

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "huntbook",
            description = "The kernelspec's name (default huntbook).")
    String name = "huntbook";

    @Option(names = "--display-name", paramLabel = "TEXT", defaultValue = "Java (Huntbook)",
            description = "The name front ends show (default 'Java (Huntbook)').")
    String displayName = "Java (Huntbook)";

    @Override
    protected int execute() {
        if (!NAME.matcher(name).matches()) {
            throw new BadInputException("--name '" + name + "' is not a valid kernelspec name; use letters, digits,"
                    + " '.', '_' and '-'");
        }
        Path folder = kernelsFolder().resolve(name.toLowerCase(java.util.Locale.ROOT));
        ObjectNode spec = new ObjectMapper().createObjectNode();
        List<String> argv = argv();
        argv.forEach(spec.putArray("argv")::add);
        spec.put("display_name", displayName);
        spec.put("language", "java");
        spec.put("interrupt_mode", "message");
        spec.putObject("env");
        spec.putObject("metadata").put("debugger", false);
        try {
            Files.createDirectories(folder);
            AtomicFiles.write(folder.resolve("kernel.json"), new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(spec));
        } catch (IOException e) {
            throw new HuntbookException("cannot write the kernelspec to " + folder + ": " + e.getMessage()
                    + (target == null ? " (use --user, --sys-prefix or --prefix P)" : ""), e);
        }
        ObjectNode result = new ObjectMapper().createObjectNode();
        result.put("name", name.toLowerCase(java.util.Locale.ROOT));
        result.put("path", folder.toAbsolutePath().toString());
        result.set("argv", spec.get("argv"));
        output().object(result, "Installed kernelspec " + result.get("name").asText() + " in "
                + folder.toAbsolutePath());
        return ExitCodes.OK;
    }

    private Path kernelsFolder() {
        if (target == null) {
            return Path.of("/usr/local/share/jupyter/kernels");
        }
        if (target.prefix != null) {
            return target.prefix.toAbsolutePath().resolve("share/jupyter/kernels");
        }
        if (target.user) {
            return KernelSpecs.userDataDirectory(System.getenv()).resolve("kernels");
        }
        for (String variable : List.of("VIRTUAL_ENV", "CONDA_PREFIX")) {
            String prefix = System.getenv(variable);
            if (prefix != null && !prefix.isBlank()) {
                return Path.of(prefix, "share", "jupyter", "kernels");
            }
        }
        throw new BadInputException("--sys-prefix: no Python environment is active (neither VIRTUAL_ENV nor"
                + " CONDA_PREFIX is set); activate one, or use --user or --prefix P");
    }

    /** This installation's java, options and class path, running {@code huntbook kernel -f {connection_file}}. */
    static List<String> argv() {
        List<String> argv = new ArrayList<>();
        argv.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // As the launcher runs long-lived commands: full JIT, serial GC, native access for the engine.
        argv.add("-XX:+UseSerialGC");
        argv.add("--enable-native-access=ALL-UNNAMED");
        argv.add("-cp");
        argv.add(classPath());
        argv.add(MAIN);
        argv.add("kernel");
        argv.add("-f");
        argv.add("{connection_file}");
        return argv;
    }

    /** The CLI jar (its manifest names the libraries beside it), or, run from a build, the whole class path. */
    static String classPath() {
        try {
            Path location = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (location.toString().endsWith(".jar")) {
                return location.toAbsolutePath().toString();
            }
        } catch (URISyntaxException | RuntimeException e) {
            // Fall back on the class path below.
        }
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry).toAbsolutePath().toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
