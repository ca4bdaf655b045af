package io.huntbook.cli;

import io.huntbook.core.config.HuntbookConfig;
import io.huntbook.data.sample.SampleData;
import io.huntbook.server.ServerConfig;
import io.huntbook.server.ServerSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * Where the server's ledger and folders are: {@code Huntbook.Server} in the configuration, overridden by these
 * options. Shared by {@code serve} and {@code token create} (which opens the ledger directly).
 */
final class ServerOptions {
    @Option(names = "--ledger", paramLabel = "JDBC_URL", description = "The ledger database (default: H2 under the"
            + " data folder; jdbc:postgresql://HOST/DB for several workers).")
    @Nullable String ledger;

    @Option(names = "--ledger-user", paramLabel = "USER", description = "The ledger database user.")
    @Nullable String ledgerUser;

    @Option(names = "--ledger-password-env", paramLabel = "VAR", description = "The environment variable holding the"
            + " ledger database password.")
    @Nullable String ledgerPasswordEnv;

    @Option(names = "--templates", paramLabel = "DIR", description = "A template root (repeatable; default:"
            + " $HUNTBOOK_HOME/templates).")
    List<Path> templates = new ArrayList<>();

    @Option(names = "--outputs", paramLabel = "DIR", description = "Where output notebooks go (default:"
            + " $HUNTBOOK_HOME/runs).")
    @Nullable Path outputs;

    ServerSettings.Builder builder(HuntbookConfig config) {
        ServerSettings.Builder builder = ServerSettings.builder(SampleData.home());
        ServerConfig.apply(config, builder);
        if (ledger != null) {
            builder.ledger(ledger, ledgerUser, ledgerPasswordEnv == null ? null : System.getenv(ledgerPasswordEnv));
        }
        if (!templates.isEmpty()) {
            builder.templateRoots(templates.stream().map(Path::toAbsolutePath).toList());
        }
        if (outputs != null) {
            builder.outputRoot(outputs.toAbsolutePath());
        }
        return builder.version(RunCommand.version());
    }
}
