package io.huntbook.core.config;

import io.huntbook.core.BadInputException;
import io.huntbook.core.HuntbookHome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Which configuration file is used, and why. The search order: {@code --config FILE}, {@code $HUNTBOOK_CONFIG},
 * {@code ./huntbook.yaml}, {@code $HUNTBOOK_HOME/huntbook.yaml}, then {@code $MSTICPYCONFIG} (an existing MSTICPy
 * configuration, read as it is). A file named explicitly (option or variable) must exist.
 */
public record ConfigSource(Path file, String foundThrough) {
    public static final String FILE_NAME = "huntbook.yaml";

    /** The file to use, if any, for this process. */
    public static Optional<ConfigSource> locate(@Nullable Path explicit) {
        return locate(explicit, System.getenv(), Path.of("").toAbsolutePath());
    }

    /** The file to use, given the environment and working folder (tests pass their own). */
    public static Optional<ConfigSource> locate(@Nullable Path explicit, Map<String, String> env, Path workingDir) {
        if (explicit != null) {
            return Optional.of(new ConfigSource(mustExist(explicit, "--config"), "--config"));
        }
        String named = env.get("HUNTBOOK_CONFIG");
        if (named != null && !named.isBlank()) {
            return Optional.of(new ConfigSource(mustExist(Path.of(named), "HUNTBOOK_CONFIG"), "HUNTBOOK_CONFIG"));
        }
        Path local = workingDir.resolve(FILE_NAME);
        if (Files.isRegularFile(local)) {
            return Optional.of(new ConfigSource(local, "./" + FILE_NAME));
        }
        Path home = HuntbookHome.dir(env).resolve(FILE_NAME);
        if (Files.isRegularFile(home)) {
            return Optional.of(new ConfigSource(home, "$HUNTBOOK_HOME/" + FILE_NAME));
        }
        String msticpy = env.get("MSTICPYCONFIG");
        if (msticpy != null && !msticpy.isBlank()) {
            return Optional.of(new ConfigSource(mustExist(Path.of(msticpy), "MSTICPYCONFIG"), "MSTICPYCONFIG"));
        }
        return Optional.empty();
    }

    /** The places searched, for the message when nothing is found. */
    public static List<String> searched(Map<String, String> env, Path workingDir) {
        List<String> places = new ArrayList<>();
        places.add(workingDir.resolve(FILE_NAME).toString());
        places.add(HuntbookHome.dir(env).resolve(FILE_NAME).toString());
        return places;
    }

    private static Path mustExist(Path file, String how) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException((how.equals("--config") ? "--config names " : how + " names ") + file
                    + (Files.isDirectory(file) ? ", which is a folder" : ", which does not exist")
                    + ": give the path of a huntbook.yaml or msticpyconfig.yaml"
                    + (how.equals("--config") ? "" : ", or unset " + how));
        }
        return file;
    }
}
