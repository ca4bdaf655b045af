package io.huntbook.data.sample;

import com.fasterxml.jackson.databind.JsonNode;
import io.huntbook.core.BadInputException;
import io.huntbook.core.HuntbookException;
import io.huntbook.core.HuntbookHome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates the bundled sample data: four days of synthetic telemetry for Contoso, a small organisation of 18
 * people, 18 workstations and 5 servers, with the intrusion of {@link Story} planted on the anchor day. The same
 * {@link SampleOptions} always give the same rows. A sample is written to a temporary folder beside its target
 * and renamed into place, so a reader never sees half of one.
 *
 * <p>Tables (Microsoft Sentinel's names and columns): {@code SecurityEvent} (4688, 4624, 4625),
 * {@code SysmonEvent} (Sysmon 1), {@code SigninLogs}, {@code OfficeActivity}, {@code AzureNetworkAnalytics_CL},
 * {@code DnsEvents}, {@code SecurityAlert}, {@code SecurityIncident}.
 */
public final class SampleData {
    private SampleData() {}

    private static final Logger LOG = LoggerFactory.getLogger(SampleData.class);
    /** Changes whenever the generator would write different rows for the same options. */
    public static final String GENERATOR = "huntbook-sample/2";
    private static final String MANIFEST = "manifest.json";

    /**
     * The data folder: {@code $HUNTBOOK_HOME}, else {@code ~/.huntbook} ({@link HuntbookHome}); the
     * {@code huntbook.home} system property overrides both, so tests and embedding programs can point elsewhere.
     */
    public static Path home() {
        String configured = System.getProperty("huntbook.home");
        if (configured != null && !configured.isBlank()) {
            return HuntbookHome.expandHome(configured).toAbsolutePath();
        }
        return HuntbookHome.dir();
    }

    /** Where the sample lives by default: {@code sample/} under the data folder. */
    public static Path defaultFolder() {
        return home().resolve("sample");
    }

    /** The sample in {@code folder} if it was made with {@code options}, otherwise a new one generated there. */
    public static SampleSet ensure(Path folder, SampleOptions options) {
        Optional<SampleSet> existing = open(folder);
        if (existing.isPresent() && existing.get().options().equals(options)) {
            return existing.get();
        }
        LOG.info("generating sample data in {} ({})", folder, options);
        return generate(folder, options);
    }

    /**
     * The default sample's threat lists, the offline fallback of threat-intel lookups when no provider is configured;
     * {@code progress} hears about it when the sample has to be generated first.
     */
    public static List<Path> fallbackThreatLists(java.util.function.Consumer<String> progress) {
        if (open(defaultFolder()).isEmpty()) {
            progress.accept("huntbook: no threat-intel provider configured; generating the sample data and its"
                    + " threat list in " + defaultFolder());
        }
        return List.of(ensure(defaultFolder(), SampleOptions.defaults()).threatIntelCsv());
    }

    /** The sample already in {@code folder}, when there is a complete one written by this generator. */
    public static Optional<SampleSet> open(Path folder) {
        Path manifest = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        try {
            JsonNode json = Json.MAPPER.readTree(manifest.toFile());
            if (!GENERATOR.equals(json.path("generator").asText())) {
                return Optional.empty();
            }
            SampleOptions options = new SampleOptions(json.path("seed").asLong(),
                    LocalDate.parse(json.path("anchor").asText()), json.path("processEvents").asInt());
            Map<String, Long> counts = new LinkedHashMap<>();
            json.path("tables").properties().forEach(e -> counts.put(e.getKey(), e.getValue().asLong()));
            return Optional.of(new SampleSet(folder, options, counts));
        } catch (IOException | RuntimeException e) {
            LOG.warn("ignoring the unreadable sample manifest {}: {}", manifest, e.getMessage());
            return Optional.empty();
        }
    }

    /** Generates a sample into {@code folder}, replacing a previous sample there; any other content is refused. */
    public static SampleSet generate(Path folder, SampleOptions options) {
        Path target = folder.toAbsolutePath().normalize();
        refuseForeignContent(target);
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".tmp-");
            Map<String, Long> counts = writeTables(temp.resolve("tables"), options);
            ThreatIntelFiles.write(new Story(options.anchor()), temp.resolve("intel"));
            writeManifest(temp, options, counts);
            replace(temp, target);
            temp = null;
            return new SampleSet(target, options, counts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sample data to " + target + ": " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new HuntbookException("cannot generate the sample data: " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                deleteTree(temp);
            }
        }
    }

    private static Map<String, Long> writeTables(Path tables, SampleOptions options) throws SQLException, IOException {
        Files.createDirectories(tables);
        Organisation org = new Organisation();
        Story story = new Story(options.anchor());
        SplittableRandom root = new SplittableRandom(options.seed());
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
            List<TableSink> sinks = new ArrayList<>();
            WindowsEvents windows = new WindowsEvents(db, org, story, options, root.split());
            windows.write();
            sinks.addAll(windows.sinks());
            CloudActivity cloud = new CloudActivity(db, org, story, options, root.split());
            cloud.write();
            sinks.addAll(cloud.sinks());
            NetworkActivity network = new NetworkActivity(db, org, story, options, root.split());
            network.write();
            sinks.addAll(network.sinks());
            Detections detections = new Detections(db, org, story, options, root.split());
            detections.write();
            sinks.addAll(detections.sinks());
            try (Statement s = db.createStatement()) {
                for (TableSink sink : sinks) {
                    Path file = tables.resolve(sink.table() + ".parquet");
                    // Sorted (Windows events by host, then time; the rest by time) in small row groups, so Parquet's
                    // row-group statistics let host and time-window queries skip most of a file; snappy decodes
                    // faster than zstd, which matters more here than size (docs/benchmarks.md).
                    s.execute("COPY (SELECT * FROM \"" + sink.table() + "\" ORDER BY " + sink.orderBy() + ") TO '"
                            + file.toString().replace("'", "''")
                            + "' (FORMAT parquet, COMPRESSION snappy, ROW_GROUP_SIZE 32768)");
                    s.execute("DROP TABLE \"" + sink.table() + "\"");
                    counts.put(sink.table(), sink.rows());
                }
            }
        }
        return counts;
    }

    private static void writeManifest(Path folder, SampleOptions options, Map<String, Long> counts) throws IOException {
        Map<String, Object> manifest = Json.obj("generator", GENERATOR, "seed", options.seed(),
                "anchor", options.anchor().toString(), "processEvents", options.processEvents(), "tables", counts,
                "story", Json.obj("user", Story.USER, "host", Story.HOST, "sprayIp", Story.SPRAY_IP,
                        "attackerIp", Story.ATTACKER_IP, "exfilIp", Story.EXFIL_IP, "c2Domain", Story.C2_DOMAIN,
                        "exfilDomain", Story.EXFIL_DOMAIN));
        Files.writeString(folder.resolve(MANIFEST),
                Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(manifest) + "\n", StandardCharsets.UTF_8);
    }

    private static void refuseForeignContent(Path target) {
        if (!Files.exists(target) || Files.isRegularFile(target.resolve(MANIFEST))) {
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new BadInputException(target + " is a file: give a folder for the sample data");
        }
        try (Stream<Path> entries = Files.list(target)) {
            if (entries.findAny().isPresent()) {
                throw new BadInputException(target + " is not empty and holds no sample data: give an empty or new"
                        + " folder, so nothing of yours is overwritten");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + target + ": " + e.getMessage(), e);
        }
    }

    /** Puts {@code fresh} where {@code target} is: the old sample moves aside first and is deleted after. */
    private static void replace(Path fresh, Path target) throws IOException {
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + System.nanoTime());
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (old != null && !Files.exists(target)) {
                Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
                old = null;
            }
            throw e;
        } finally {
            if (old != null) {
                deleteTree(old);
            }
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            LOG.warn("cannot delete {}: {}", folder, e.getMessage());
        }
    }
}
