package io.huntbook.server;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import io.huntbook.server.auth.Tokens;
import io.huntbook.server.http.ApiServer;
import io.huntbook.server.incident.IncidentsEndpoint;
import io.huntbook.server.incident.LocalIncidentStore;
import io.huntbook.server.http.PrometheusMetrics;
import io.huntbook.server.ledger.Ledger;
import io.huntbook.server.ledger.LedgerDatabase;
import io.huntbook.server.ledger.PollerState;
import io.huntbook.server.ledger.TokenStore;
import io.huntbook.server.queue.RunQueue;
import io.huntbook.server.templates.TemplateCatalog;
import io.huntbook.server.triggers.EventPoller;
import io.huntbook.server.triggers.EventSource;
import io.huntbook.server.triggers.FileDrop;
import io.huntbook.server.triggers.ScheduleTriggers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * {@code huntbook serve}: the ledger, the queue and its workers, the triggers and the HTTP API, started together and
 * stopped in reverse order (the API first, so no new work arrives; then the queue, which waits for running runs).
 */
public final class HuntbookServer implements AutoCloseable {
    private final ServerSettings settings;
    private final LedgerDatabase database;
    private final RunQueue queue;
    private final @Nullable FileDrop fileDrop;
    private final ApiServer api;
    private final RunService runs;
    private final Ledger ledger;
    private final Tokens tokens;
    private final JsonLog log;
    private final RunExecutor executor;

    private HuntbookServer(ServerSettings settings, LedgerDatabase database, RunQueue queue,
                           @Nullable FileDrop fileDrop, ApiServer api, RunService runs, Ledger ledger, Tokens tokens,
                           JsonLog log, RunExecutor executor) {
        this.settings = settings;
        this.database = database;
        this.queue = queue;
        this.fileDrop = fileDrop;
        this.api = api;
        this.runs = runs;
        this.ledger = ledger;
        this.tokens = tokens;
        this.log = log;
        this.executor = executor;
    }

    /**
     * What a server is made of besides its settings; tests and embedders replace parts. The server closes the
     * executor when it stops.
     */
    public record Parts(RunExecutor executor,
                        @Nullable Function<javax.sql.DataSource, RunCompletionHandler> completion,
                        Clock clock, JsonLog log,
                        Function<io.huntbook.server.triggers.PollerSpec, EventSource> eventSources) {}

    public static HuntbookServer start(ServerSettings settings, Parts parts) {
        try {
            Files.createDirectories(settings.dataDir());
            for (var root : settings.templateRoots()) {
                Files.createDirectories(root);
            }
            Files.createDirectories(settings.outputRoot());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the server's folders under " + settings.dataDir() + ": "
                    + e.getMessage(), e);
        }
        JsonLog log = parts.log();
        Clock clock = parts.clock();
        int pool = Math.max(10, parts.executor().capacity() + 8);
        LedgerDatabase database = LedgerDatabase.open(settings.ledgerUrl(), settings.ledgerUser(),
                settings.ledgerPassword(), pool);
        try {
            Ledger ledger = new Ledger(database.dataSource());
            TemplateCatalog templates = TemplateCatalog.of(settings.templateRoots());
            // The completion may need the ledger's database: the local incident store lives there.
            RunCompletionHandler completion = parts.completion() != null
                    ? parts.completion().apply(database.dataSource())
                    : RunCompletionHandler.writeOutput(settings.outputRoot());
            parts.executor().warmUp(javaTemplateFolders(templates));
            RunWorker worker = new RunWorker(settings, templates, ledger, parts.executor(), completion, clock, log);
            // The triggers submit through the service, which needs the queue, which needs the triggers' tasks.
            AtomicReference<RunQueue> queueRef = new AtomicReference<>();
            RunScheduling scheduling = new RunScheduling() {
                @Override
                public void schedule(String runId) {
                    queueRef.get().schedule(runId);
                }

                @Override
                public void unschedule(String runId) {
                    queueRef.get().unschedule(runId);
                }
            };
            RunService runs = new RunService(settings, templates, ledger, scheduling, clock, log);
            List<RecurringTask<?>> recurring = new ArrayList<>(ScheduleTriggers.tasks(settings.schedules(), runs,
                    log));
            PollerState pollerState = new PollerState(database.dataSource());
            for (var spec : settings.pollers()) {
                recurring.add(new EventPoller(spec, parts.eventSources().apply(spec), runs, pollerState, clock, log)
                        .task());
            }
            RunQueue queue = RunQueue.start(database.dataSource(), ledger, worker,
                    new RunQueue.Settings(parts.executor().capacity(), settings.heartbeat(),
                            settings.missedHeartbeats(), settings.pollingInterval(), settings.workerName(),
                            java.time.Duration.ofSeconds(5)),
                    recurring, clock, e -> log.error("housekeeping.failed", null, e.toString()));
            queueRef.set(queue);
            FileDrop fileDrop = settings.queueFolder() == null ? null
                    : FileDrop.start(settings.queueFolder(), runs, log);
            Tokens tokens = new Tokens(new TokenStore(database.dataSource()));
            PrometheusMetrics metrics = new PrometheusMetrics(ledger, queue::inFlight, parts.executor().capacity(),
                    parts.executor()::engineUse);
            ApiServer api = ApiServer.start(settings.host(), settings.port(), settings.maxRequestBytes(),
                    new ApiServer.Services(runs, ledger, templates, tokens, metrics::render, database::healthy,
                            new IncidentsEndpoint(LocalIncidentStore.of(database.dataSource(),
                                    LocalIncidentStore.DEFAULT_WINDOW, clock))));
            log.info("server.started", null, "listening on http://" + settings.host() + ":" + api.port(), "worker",
                    settings.workerName(), "ledger", database.isPostgres() ? "postgresql" : "h2", "concurrency",
                    parts.executor().capacity());
            return new HuntbookServer(settings, database, queue, fileDrop, api, runs, ledger, tokens, log,
                    parts.executor());
        } catch (RuntimeException e) {
            parts.executor().close();
            database.close();
            throw e;
        }
    }

    /** The folders the Java templates run in, the one holding the most templates first. */
    static List<java.nio.file.Path> javaTemplateFolders(TemplateCatalog templates) {
        Map<java.nio.file.Path, Long> counts = templates.list().stream()
                .filter(t -> "java".equalsIgnoreCase(t.language()))
                .collect(java.util.stream.Collectors.groupingBy(t -> t.file().getParent(),
                        java.util.LinkedHashMap::new, java.util.stream.Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<java.nio.file.Path, Long>comparingByValue().reversed())
                .map(Map.Entry::getKey)
                .toList();
    }

    /**
     * The default parts: the runner on a warm pool of {@code concurrency} Java engines (the queue takes as many runs at
     * once as the pool has agents, so no run is claimed without an engine), the output writer, the system clock,
     * JSON lines on {@code log}, and pollers over the catalog with the server's configuration (so a poller's environment
     * gets its provider's settings, as {@code huntbook query} does).
     */
    public static Parts defaultParts(ServerSettings settings, int concurrency, java.io.PrintStream logStream,
                                     java.nio.file.@Nullable Path configFile) {
        Clock clock = Clock.systemUTC();
        return new Parts(RunExecutor.warmPool(new ExecutorSettings(concurrency,
                settings.dataDir().resolve("cache"), "1g", java.time.Duration.ofSeconds(60), configFile)), null,
                clock, new JsonLog(logStream, clock),
                spec -> EventSource.catalog(spec, io.huntbook.core.config.HuntbookConfig.discover(configFile)));
    }

    public int port() {
        return api.port();
    }

    public RunService runs() {
        return runs;
    }

    public Ledger ledger() {
        return ledger;
    }

    public Tokens tokens() {
        return tokens;
    }

    /** The ledger's connections (for tools and tests that read it directly). */
    public javax.sql.DataSource dataSource() {
        return database.dataSource();
    }

    public ServerSettings settings() {
        return settings;
    }

    public Map<String, Object> describe() {
        return Map.of("port", port(), "worker", settings.workerName());
    }

    @Override
    public void close() {
        api.close();
        if (fileDrop != null) {
            fileDrop.close();
        }
        queue.close();
        executor.close(); // after the queue: running runs finished (or its grace ended); no agent outlives the server
        database.close();
        log.info("server.stopped", null, "stopped", "worker", settings.workerName());
    }
}
