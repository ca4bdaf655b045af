package io.huntbook.enrich.whois;

import java.util.ArrayList;
import java.util.List;
import org.dflib.DataFrame;

/**
 * WhoIs for addresses: the origin AS from Team Cymru's bulk service and the network from RDAP, one row per address.
 * Private and reserved addresses are not sent anywhere.
 */
public final class Whois {
    /** The columns of {@link #lookup(List)}. */
    public static final List<String> COLUMNS = List.of("IpAddress", "Asn", "AsnDescription", "BgpPrefix", "CountryCode",
            "Registry", "Allocated", "NetworkName", "NetworkHandle", "Network", "Registrant", "AbuseEmail");

    private final CymruWhois asns;
    private final RdapClient rdap;

    public Whois(CymruWhois asns, RdapClient rdap) {
        this.asns = asns;
        this.rdap = rdap;
    }

    public DataFrame lookup(List<String> ipAddresses) {
        List<String> routable = new ArrayList<>();
        for (String ip : ipAddresses) {
            if (io.huntbook.enrich.ip.IpAddresses.typeOf(ip).isRoutable()) {
                routable.add(ip.trim());
            }
        }
        List<AsnInfo> found = routable.isEmpty() ? List.of() : asns.lookup(routable);
        var appender = DataFrame.byArrayRow(COLUMNS.toArray(String[]::new)).appender();
        for (String ip : ipAddresses) {
            String key = ip.trim();
            AsnInfo a = found.stream().filter(x -> x.ipAddress().equals(key)).findFirst().orElse(null);
            if (a == null) {
                appender.append(key, null, null, null, null, null, null, null, null, null, null, null);
                continue;
            }
            RdapNetwork n = rdap.lookup(key);
            appender.append(key, a.asn(), a.asName(), a.bgpPrefix(), a.countryCode(), a.registry(), a.allocated(),
                    n.name(), n.handle(), n.network(), n.registrant(), n.abuseEmail());
        }
        return appender.toDataFrame();
    }
}
