package io.huntbook.cli;

import io.huntbook.core.BadInputException;
import io.huntbook.core.ExitCodes;
import io.huntbook.enrich.whois.CymruWhois;
import io.huntbook.enrich.whois.RdapClient;
import io.huntbook.enrich.whois.Whois;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code huntbook whois IP...}: origin AS (Team Cymru, TCP 43) and network (RDAP) of public addresses. */
@Command(name = "whois", description = "Look up the AS and network of IP addresses (Team Cymru whois and RDAP).")
final class WhoisCommand extends Subcommand {
    @Parameters(arity = "1..*", paramLabel = "IP", description = "IPv4 or IPv6 addresses.")
    List<String> addresses;

    @Option(names = "--whois-server", paramLabel = "HOST:PORT", description = "Bulk ASN whois server (default: whois.cymru.com:43).")
    @Nullable String whoisServer;

    @Option(names = "--rdap-bootstrap", paramLabel = "URL", description = "IANA RDAP bootstrap file for IPv4 (default: IANA's).")
    @Nullable URI rdapV4;

    @Option(names = "--rdap-bootstrap-v6", paramLabel = "URL", description = "IANA RDAP bootstrap file for IPv6 (default: IANA's).")
    @Nullable URI rdapV6;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Timeout of each call (default: 10).")
    int timeoutSeconds = 10;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the table to FILE (.csv, .json, .jsonl).")
    @Nullable Path outputFile;

    @Override
    protected int execute() {
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        CymruWhois asns = new CymruWhois(server(), timeout, 3);
        RdapClient rdap = new RdapClient(rdapV4 != null ? rdapV4 : RdapClient.IANA_IPV4,
                rdapV6 != null ? rdapV6 : RdapClient.IANA_IPV6, timeout, 3);
        output().table(new Whois(asns, rdap).lookup(addresses), outputFile);
        return ExitCodes.OK;
    }

    private InetSocketAddress server() {
        if (whoisServer == null) {
            return CymruWhois.DEFAULT_SERVER;
        }
        int colon = whoisServer.lastIndexOf(':');
        try {
            return colon < 0 ? InetSocketAddress.createUnresolved(whoisServer, 43)
                    : InetSocketAddress.createUnresolved(whoisServer.substring(0, colon),
                            Integer.parseInt(whoisServer.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new BadInputException("--whois-server " + whoisServer + ": write it as host or host:port");
        }
    }
}
