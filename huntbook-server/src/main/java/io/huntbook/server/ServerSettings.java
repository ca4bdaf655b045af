package io.huntbook.server;

import io.huntbook.server.triggers.PollerSpec;
import io.huntbook.server.triggers.ScheduleSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything {@code huntbook serve} is configured with. Build with {@link #builder(Path)}; every setting has a default
 * derived from the data folder.
 */
public record ServerSettings(Path dataDir, String host, int port, String ledgerUrl, @Nullable String ledgerUser,
                             @Nullable String ledgerPassword, List<Path> templateRoots, Path outputRoot,
                             String naming, int concurrency, Map<String, Integer> templateLimits, int maxAttempts,
                             @Nullable Duration runTimeout, @Nullable Path queueFolder, long maxRequestBytes,
                             Duration heartbeat, int missedHeartbeats, Duration pollingInterval, boolean strict,
                             List<ScheduleSpec> schedules, List<PollerSpec> pollers, String workerName,
                             String version) {
    /** DESIGN.md §6.E: the server's default output name. */
    public static final String DEFAULT_NAMING = "{now:yyyy}/{now:MM}/{now:dd}/{template}-{identifier}-{run_id}.ipynb";

    public ServerSettings {
        templateRoots = List.copyOf(templateRoots);
        templateLimits = Map.copyOf(templateLimits);
        schedules = List.copyOf(schedules);
        pollers = List.copyOf(pollers);
        if (concurrency <= 0 || maxAttempts <= 0) {
            throw new IllegalArgumentException("concurrency and attempts must be positive");
        }
    }

    public static Builder builder(Path dataDir) {
        return new Builder(dataDir);
    }

    /** Builds {@link ServerSettings}. */
    public static final class Builder {
        private final Path dataDir;
        private String host = "127.0.0.1";
        private int port = 8787;
        private @Nullable String ledgerUrl;
        private @Nullable String ledgerUser;
        private @Nullable String ledgerPassword;
        private List<Path> templateRoots = new ArrayList<>();
        private @Nullable Path outputRoot;
        private String naming = DEFAULT_NAMING;
        private int concurrency = 2;
        private final Map<String, Integer> templateLimits = new LinkedHashMap<>();
        private int maxAttempts = 3;
        private @Nullable Duration runTimeout = Duration.ofHours(1);
        private @Nullable Path queueFolder;
        private boolean queueFolderSet;
        private long maxRequestBytes = 1024 * 1024;
        private Duration heartbeat = Duration.ofSeconds(1);
        private int missedHeartbeats = 10;
        private Duration pollingInterval = Duration.ofMillis(500);
        private boolean strict;
        private final List<ScheduleSpec> schedules = new ArrayList<>();
        private final List<PollerSpec> pollers = new ArrayList<>();
        private @Nullable String workerName;
        private String version = "huntbook";

        private Builder(Path dataDir) {
            this.dataDir = dataDir.toAbsolutePath();
        }

        public Builder host(String value) { this.host = value; return this; }
        public Builder port(int value) { this.port = value; return this; }
        public Builder ledger(@Nullable String url, @Nullable String user, @Nullable String password) {
            this.ledgerUrl = url;
            this.ledgerUser = user;
            this.ledgerPassword = password;
            return this;
        }
        public Builder templateRoots(List<Path> roots) { this.templateRoots = new ArrayList<>(roots); return this; }
        public Builder outputRoot(@Nullable Path root) { this.outputRoot = root; return this; }
        public Builder naming(String template) { this.naming = template; return this; }
        public Builder concurrency(int runs) { this.concurrency = runs; return this; }
        public Builder templateLimit(String template, int runs) { templateLimits.put(template, runs); return this; }
        public Builder maxAttempts(int attempts) { this.maxAttempts = attempts; return this; }
        public Builder runTimeout(@Nullable Duration timeout) { this.runTimeout = timeout; return this; }
        /** The file-drop folder; null turns the file drop off. */
        public Builder queueFolder(@Nullable Path folder) {
            this.queueFolder = folder;
            this.queueFolderSet = true;
            return this;
        }
        public Builder maxRequestBytes(long bytes) { this.maxRequestBytes = bytes; return this; }
        public Builder heartbeat(Duration interval, int missed) {
            this.heartbeat = interval;
            this.missedHeartbeats = missed;
            return this;
        }
        public Builder pollingInterval(Duration interval) { this.pollingInterval = interval; return this; }
        /** Refuse unknown parameters instead of recording a warning. */
        public Builder strict(boolean value) { this.strict = value; return this; }
        public Builder schedule(ScheduleSpec spec) { schedules.add(spec); return this; }
        public Builder poller(PollerSpec spec) { pollers.add(spec); return this; }
        public Builder workerName(String name) { this.workerName = name; return this; }
        public Builder version(String value) { this.version = value; return this; }

        public ServerSettings build() {
            String url = ledgerUrl != null ? ledgerUrl
                    : io.huntbook.server.ledger.LedgerDatabase.embeddedUrl(dataDir.resolve("ledger"));
            List<Path> roots = templateRoots.isEmpty() ? List.of(dataDir.resolve("templates")) : templateRoots;
            String worker = workerName != null ? workerName : hostName() + "-" + ProcessHandle.current().pid() + "-"
                    + UUID.randomUUID().toString().substring(0, 8);
            return new ServerSettings(dataDir, host, port, url, ledgerUser, ledgerPassword, roots,
                    outputRoot != null ? outputRoot : dataDir.resolve("runs"), naming, concurrency, templateLimits,
                    maxAttempts, runTimeout, queueFolderSet ? queueFolder : dataDir.resolve("queue"), maxRequestBytes,
                    heartbeat, missedHeartbeats, pollingInterval, strict, schedules, pollers, worker, version);
        }

        private static String hostName() {
            try {
                return java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                return "worker";
            }
        }
    }
}
