package io.huntbook.cli;

import io.huntbook.core.ExitCodes;
import io.huntbook.enrich.geoip.GeoIp;
import io.huntbook.enrich.geoip.GeoIpSettings;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code huntbook geoip IP...}: where addresses are, one row each with MSTICPy's GeoIP columns. */
@Command(name = "geoip", description = "Locate IP addresses with MaxMind databases (City/Country and ASN).")
final class GeoIpCommand extends Subcommand {
    @Parameters(arity = "1..*", paramLabel = "IP", description = "IPv4 or IPv6 addresses.")
    List<String> addresses;

    @Option(names = "--db-folder", paramLabel = "DIR", description = "Folder of the .mmdb files (default: $HUNTBOOK_HOME/geoip).")
    @Nullable Path dbFolder;

    @Option(names = "--city-db", paramLabel = "FILE", description = "City database file name in the folder.")
    @Nullable String cityDb;

    @Option(names = "--country-db", paramLabel = "FILE", description = "Country database file name in the folder.")
    @Nullable String countryDb;

    @Option(names = "--asn-db", paramLabel = "FILE", description = "ASN database file name in the folder.")
    @Nullable String asnDb;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the table to FILE (.csv, .json, .jsonl).")
    @Nullable Path outputFile;

    @Override
    protected int execute() throws Exception {
        GeoIpSettings settings = GeoIpSettingsResolver.resolve(global(), dbFolder, cityDb, countryDb, asnDb);
        try (GeoIp geoIp = GeoIp.open(settings)) {
            output().table(geoIp.lookup(addresses), outputFile);
        }
        return ExitCodes.OK;
    }
}
