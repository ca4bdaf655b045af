package io.huntbook.data.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * MSTICPy's data environments: the canonical name of each, the aliases its files and users write
 * ({@code LogAnalytics} and {@code AzureSentinel} are {@code MSSentinel}; {@code MDATP} is {@code MDE}), and the
 * query language each speaks.
 */
final class Environments {
    private Environments() {}

    private record Env(String name, Dialect dialect, List<String> aliases) {}

    private static final List<Env> KNOWN = List.of(
            new Env("MSSentinel", Dialect.KQL, List.of("AzureSentinel", "LogAnalytics", "MSSentinel_New")),
            new Env("Kusto", Dialect.KQL, List.of("AzureDataExplorer", "Kusto_New")),
            new Env("MSGraph", Dialect.ODATA, List.of("SecurityGraph")),
            new Env("MDE", Dialect.KQL, List.of("MDATP")),
            new Env("LocalData", Dialect.SQL, List.of()),
            new Env("Splunk", Dialect.SPL, List.of()),
            new Env("OTRF", Dialect.DEFAULT, List.of("Mordor")),
            new Env("ResourceGraph", Dialect.KQL, List.of()),
            new Env("Sumologic", Dialect.DEFAULT, List.of()),
            new Env("M365D", Dialect.KQL, List.of()),
            new Env("Cybereason", Dialect.CYBEREASON, List.of()),
            new Env("Elastic", Dialect.JSON, List.of()),
            new Env("OSQueryLogs", Dialect.DEFAULT, List.of("OSQuery")),
            new Env("MSSentinel_Legacy", Dialect.KQL, List.of("MSSentinel_KQLM")),
            new Env("Kusto_Legacy", Dialect.KQL, List.of("Kusto_KQLM")),
            new Env("VelociraptorLogs", Dialect.DEFAULT, List.of("Velociraptor")),
            new Env("M365DGraph", Dialect.KQL, List.of()),
            new Env("Prismacloud", Dialect.JSON, List.of()),
            new Env("MSSentinelSearch", Dialect.KQL, List.of()),
            new Env("OpenObserve", Dialect.SQL, List.of()));

    private static final Map<String, Env> BY_NAME = new HashMap<>();

    static {
        for (Env env : KNOWN) {
            BY_NAME.put(env.name().toLowerCase(Locale.ROOT), env);
            env.aliases().forEach(a -> BY_NAME.put(a.toLowerCase(Locale.ROOT), env));
        }
    }

    /**
     * The canonical name of an environment as a file or a user writes it. MSTICPy takes the part after a dot
     * ({@code DataEnvironment.MSSentinel}); names it does not know are kept as written, so that Huntbook's own
     * providers can bring environments of their own.
     */
    static String canonical(String written) {
        String name = written.trim();
        int dot = name.indexOf('.');
        if (dot >= 0) {
            name = name.substring(dot + 1);
        }
        return find(name).map(Env::name).orElse(name);
    }

    /** Whether MSTICPy knows this environment (under any of its names). */
    static boolean known(String written) {
        return find(written.trim()).isPresent();
    }

    static Dialect dialect(String canonical) {
        return find(canonical).map(Env::dialect).orElse(Dialect.DEFAULT);
    }

    private static Optional<Env> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
    }
}
