package io.huntbook.session;

import io.huntbook.core.HuntbookHome;
import io.huntbook.core.config.HuntbookConfig;
import io.huntbook.data.ConfiguredQueries;
import io.huntbook.data.catalog.Queries;
import io.huntbook.data.catalog.QueryCatalog;
import io.huntbook.data.notebook.ConfigSecrets;
import io.huntbook.data.sample.SampleData;
import io.huntbook.enrich.geoip.GeoIp;
import io.huntbook.enrich.geoip.GeoIpSettings;
import io.huntbook.enrich.ti.TiLookup;
import io.huntbook.enrich.ti.TiProviders;
import io.huntbook.enrich.whois.CymruWhois;
import io.huntbook.enrich.whois.RdapClient;
import io.huntbook.enrich.whois.Whois;
import io.huntbook.runtime.NotebookRuntime;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The notebook's {@code hb}: Huntbook's libraries bound to the configuration the engine was started with
 * ({@code huntbook run --config}, else the usual search). Nothing is read or loaded until a method asks: creating the
 * session, and a notebook that never touches it, cost nothing. Each service is made once and kept for the run.
 *
 * <pre>{@code
 * var alerts = hb.queries().run("SecurityAlert.list_alerts", Map.of("start", start, "end", end));
 * var verdicts = hb.threatIntel().lookup("203.0.113.7");
 * }</pre>
 */
public final class Session {
    /** The engine's session, which the prelude imports statically as {@code hb}. */
    public static final Session hb = new Session(null);

    /** The configuration given to {@link #of}; null for the engine's, which {@link ConfigSecrets} reads. */
    private final @Nullable HuntbookConfig given;
    private final Map<String, Queries> queries = new ConcurrentHashMap<>();
    private volatile @Nullable HuntbookConfig config;
    private volatile @Nullable QueryCatalog catalog;
    private volatile @Nullable TiLookup threatIntel;
    private volatile @Nullable GeoIp geoip;
    private volatile @Nullable Whois whois;

    // No lambdas, method references or logger fields here: creating hb must resolve no other class (a
    // method reference's type alone would load HuntbookConfig; a logger field would start SLF4J).
    private Session(@Nullable HuntbookConfig given) {
        this.given = given;
    }

    private static Logger log() {
        return LoggerFactory.getLogger(Session.class);
    }

    /** A session over {@code config}, for programs and tests that hold a configuration themselves. */
    public static Session of(HuntbookConfig config) {
        Objects.requireNonNull(config, "config");
        return new Session(config);
    }

    /** The configuration, read on first use. */
    public synchronized HuntbookConfig config() {
        HuntbookConfig current = config;
        if (current == null) {
            current = given != null ? given : ConfigSecrets.notebookConfiguration();
            config = current;
        }
        return current;
    }

    /** The configuration file the host gave this engine, or null when it runs without one (or outside an engine). */
    public @Nullable String configFile() {
        return given == null ? System.getProperty(ConfigSecrets.CONFIG_PROPERTY) : null;
    }

    /**
     * The catalog's queries run in the default environment ({@code LocalData}: the bundled sample data on DuckDB,
     * generated on first use), as {@code huntbook query run} runs them.
     */
    public Queries queries() {
        return queries(ConfiguredQueries.DEFAULT_ENVIRONMENT);
    }

    /**
     * The catalog's queries run in {@code environment} ({@code LocalData}, {@code MSSentinel}, {@code Splunk}, ...) by
     * its installed provider, configured from the configuration's provider settings.
     *
     * @throws io.huntbook.core.NotYetAvailableException when no installed module serves the environment
     */
    public Queries queries(String environment) {
        Objects.requireNonNull(environment, "environment");
        return queries.computeIfAbsent(environment.toLowerCase(Locale.ROOT),
                key -> ConfiguredQueries.queries(queryCatalog(), environment, config()));
    }

    /** The query catalog: the configuration's {@code QueryDefinitions.Custom} folders, else the built-in one. */
    public synchronized QueryCatalog queryCatalog() {
        QueryCatalog current = catalog;
        if (current == null) {
            current = ConfiguredQueries.catalog(config(), java.util.List.of());
            current.warnings().forEach(log()::warn);
            catalog = current;
        }
        return current;
    }

    /**
     * Threat-intel lookups over the configured {@code TIProviders}, else over the sample data's threat list (the
     * offline default), as {@code huntbook ti lookup} does.
     */
    public synchronized TiLookup threatIntel() {
        TiLookup current = threatIntel;
        if (current == null) {
            current = TiProviders.configured(config(), () -> SampleData.fallbackThreatLists(log()::info), log()::warn);
            threatIntel = current;
        }
        return current;
    }

    /** GeoIP over the MaxMind databases the configuration names (else the data folder's {@code geoip/}). */
    public synchronized GeoIp geoip() {
        GeoIp current = geoip;
        if (current == null) {
            current = GeoIp.open(GeoIpSettings.fromConfig(config(), HuntbookHome.dir()));
            geoip = current;
        }
        return current;
    }

    /** ASN (Team Cymru) and RDAP registration lookups for IP addresses, over the network. */
    public synchronized Whois whois() {
        Whois current = whois;
        if (current == null) {
            current = new Whois(CymruWhois.defaults(), RdapClient.defaults());
            whois = current;
        }
        return current;
    }

    /** The secret {@code name} from the configuration; see {@link NotebookRuntime#secret(String)}. */
    public String secret(String name) {
        return NotebookRuntime.secret(name);
    }

    @Override
    public String toString() {
        String file = configFile();
        return "Huntbook session" + (file == null ? "" : " (" + file + ")");
    }
}
