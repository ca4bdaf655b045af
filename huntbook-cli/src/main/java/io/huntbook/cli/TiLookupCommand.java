package io.huntbook.cli;

import io.huntbook.core.ExitCodes;
import io.huntbook.enrich.ti.LookupOptions;
import io.huntbook.enrich.ti.LookupResult;
import io.huntbook.enrich.ti.TiLookup;
import io.huntbook.enrich.ti.Tlp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code huntbook ti lookup IOC...}: one row per indicator and provider with MSTICPy's TI columns. Exit 1 when a
 * lookup could not be made (the rows are still written), so a script never mistakes a failure for a clean result.
 */
@Command(name = "lookup", description = "Look indicators up in the configured threat-intel providers.")
final class TiLookupCommand extends Subcommand {
    @Parameters(arity = "1..*", paramLabel = "IOC", description = "Indicators (IPs, domains, URLs, hashes...), defanged or not.")
    List<String> iocs;

    @Option(names = "--type", paramLabel = "TYPE", description = "The IoC type of every indicator (default: inferred).")
    @Nullable String type;

    @Option(names = {"--providers", "--provider"}, split = ",", paramLabel = "NAME",
            description = "Only these providers (names as configured under TIProviders; repeat or separate with commas).")
    List<String> providers = new ArrayList<>();

    @Option(names = "--secondary", description = "Also ask the secondary providers.")
    boolean secondary;

    @Option(names = "--tlp", paramLabel = "TLP", description = "TLP of the indicators; providers below it are not asked.")
    @Nullable String tlp;

    @Option(names = "--subtype", paramLabel = "NAME",
            description = "A provider's query subtype instead of its verdict (e.g. passive_dns, resolutions, whois).")
    @Nullable String subtype;

    @Option(names = "--no-cache", description = "Ask the providers even when the cache has an answer.")
    boolean noCache;

    @Option(names = "--list", paramLabel = "FILE", description = "A local threat list (CSV, JSON, STIX) to use when none is configured.")
    List<Path> lists = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the table to FILE (.csv, .json, .jsonl).")
    @Nullable Path outputFile;

    @Override
    protected int execute() {
        TiLookup ti = TiSetup.engine(global(), lists, terminal());
        LookupOptions options = LookupOptions.defaults().withProviders(providers).withSecondary(secondary)
                .withTlp(tlp == null ? null : Tlp.parse(tlp)).withCacheBypassed(noCache).withSubtype(subtype);
        List<LookupResult> rows = new ArrayList<>();
        for (String ioc : iocs) {
            rows.addAll(type == null ? ti.lookup(List.of(ioc), options) : ti.lookup(ioc, type, options));
        }
        output().table(LookupResult.toFrame(rows), outputFile);
        boolean failed = rows.stream().anyMatch(r -> r.status() == io.huntbook.enrich.ti.LookupStatus.QUERY_FAILED.code());
        return failed ? ExitCodes.FAILED : ExitCodes.OK;
    }
}
