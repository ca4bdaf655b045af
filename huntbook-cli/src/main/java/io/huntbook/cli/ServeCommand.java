package io.huntbook.cli;

import io.huntbook.core.ExitCodes;
import io.huntbook.core.config.HuntbookConfig;
import io.huntbook.server.HuntbookServer;
import io.huntbook.server.incident.IncidentDispatcher;
import io.huntbook.server.output.FindingsCompletion;
import io.huntbook.server.output.OutputSettings;
import io.huntbook.server.ServerSettings;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code huntbook serve}: the HTTP API, the queue's workers, schedules, pollers and the file drop, until stopped
 * (Ctrl-C or SIGTERM stop it gracefully: no new work, running runs finish). Logs are JSON lines on stderr.
 */
@Command(name = "serve", description = "Run the Huntbook server: HTTP API, run queue, schedules, pollers and the"
        + " file-drop folder, configured by Huntbook.Server in huntbook.yaml and these options.")
final class ServeCommand extends Subcommand {
    @Mixin
    ServerOptions server = new ServerOptions();

    @Option(names = "--host", paramLabel = "HOST", description = "The address to listen on (default 127.0.0.1).")
    @Nullable String host;

    @Option(names = "--port", paramLabel = "PORT", description = "The port (default 8787; 0 picks a free one).")
    @Nullable Integer port;

    @Option(names = "--concurrency", paramLabel = "N", description = "Runs at once on this worker, each on a warm"
            + " Java engine from a pool of N agent JVMs (default 2).")
    @Nullable Integer concurrency;

    @Option(names = "--queue", paramLabel = "DIR", description = "The file-drop folder (default:"
            + " $HUNTBOOK_HOME/queue).")
    @Nullable Path queue;

    @Option(names = "--no-file-drop", description = "Do not watch a file-drop folder.")
    boolean noFileDrop;

    @Option(names = "--max-attempts", paramLabel = "N", description = "Attempts per run for infrastructure failures"
            + " (default 3).")
    @Nullable Integer maxAttempts;

    @Option(names = "--worker", paramLabel = "NAME", description = "This worker's name in the ledger (default:"
            + " host, process id and a random suffix).")
    @Nullable String worker;

    @Override
    protected int execute() throws InterruptedException {
        HuntbookConfig config = CliConfig.load(global());
        ServerSettings.Builder builder = server.builder(config);
        if (host != null) {
            builder.host(host);
        }
        if (port != null) {
            builder.port(port);
        }
        if (concurrency != null) {
            builder.concurrency(concurrency);
        }
        if (queue != null) {
            builder.queueFolder(queue.toAbsolutePath());
        }
        if (noFileDrop) {
            builder.queueFolder(null);
        }
        if (maxAttempts != null) {
            builder.maxAttempts(maxAttempts);
        }
        if (worker != null) {
            builder.workerName(worker);
        }
        ServerSettings settings = builder.build();
        Path configFile = CliConfig.source(global()).map(s -> s.file()).orElse(null);
        HuntbookServer.Parts defaults = HuntbookServer.defaultParts(settings, settings.concurrency(), terminal().err(),
                configFile);
        // Completion through the run pipeline: findings, reports and the configured incident sinks (DESIGN.md §3).
        HuntbookServer.Parts parts = new HuntbookServer.Parts(defaults.executor(),
                ledger -> new FindingsCompletion(OutputSettings.pipeline(config, settings.outputRoot())
                        .incidents(IncidentDispatcher.of(ConfiguredSinks.of(config, ledger, defaults.clock()), ledger,
                                defaults.clock()))
                        .clock(defaults.clock())
                        .build()),
                defaults.clock(), defaults.log(), defaults.eventSources());
        HuntbookServer running = HuntbookServer.start(settings, parts);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            stopped.countDown();
        }, "huntbook-serve-shutdown"));
        stopped.await();
        return ExitCodes.OK;
    }
}
