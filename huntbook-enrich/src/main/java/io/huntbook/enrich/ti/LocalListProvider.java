package io.huntbook.enrich.ti;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.enrich.ip.Cidr;
import io.huntbook.enrich.ip.IpAddresses;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A threat list kept in local files (CSV, JSON or STIX 2.1): the offline default, fed by the sample data's list.
 * Host names, e-mail addresses and hashes match case-insensitively; IP entries may be CIDR networks.
 */
public final class LocalListProvider implements LocalTiProvider {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> TYPES = Set.of("ipv4", "ipv6", "dns", "url", "email", "md5_hash", "sha1_hash",
            "sha256_hash", "sha512_hash", "windows_path", "linux_path", "hostname");

    private final String name;
    private final Map<String, ThreatListEntry> exact = new HashMap<>();
    private final List<Map.Entry<Cidr, ThreatListEntry>> networks = new ArrayList<>();

    private LocalListProvider(String name, List<ThreatListEntry> entries) {
        this.name = name;
        for (ThreatListEntry e : entries) {
            if ((e.iocType() == null || e.iocType().startsWith("ipv")) && e.ioc().contains("/")
                    && IpAddresses.isIpAddress(e.ioc().substring(0, e.ioc().indexOf('/')))) {
                networks.add(Map.entry(Cidr.parse(e.ioc()), e));
            } else {
                exact.putIfAbsent(key(e.ioc()), e);
            }
        }
    }

    /** A provider over the entries of the given files. */
    public static LocalListProvider of(String name, List<Path> files) {
        List<ThreatListEntry> entries = new ArrayList<>();
        for (Path f : files) {
            entries.addAll(ThreatListFiles.read(f));
        }
        return new LocalListProvider(name, entries);
    }

    /** A provider over entries already in memory. */
    public static LocalListProvider of(String name, Iterable<ThreatListEntry> entries) {
        List<ThreatListEntry> list = new ArrayList<>();
        entries.forEach(list::add);
        return new LocalListProvider(name, list);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<String> supportedTypes() {
        return TYPES;
    }

    @Override
    public TiVerdict lookup(TiQuery query) {
        ThreatListEntry hit = exact.get(key(query.ioc()));
        if (hit == null && query.iocType().startsWith("ipv") && IpAddresses.isIpAddress(query.ioc())) {
            var address = IpAddresses.parse(query.ioc());
            for (Map.Entry<Cidr, ThreatListEntry> n : networks) {
                if (n.getKey().contains(address)) {
                    hit = n.getValue();
                    break;
                }
            }
        }
        if (hit == null || (hit.iocType() != null && !compatible(hit.iocType(), query.iocType()))) {
            return TiVerdict.notFound(MAPPER.nullNode(), null);
        }
        ObjectNode details = MAPPER.createObjectNode();
        details.put("Description", hit.description());
        details.put("Source", hit.source());
        ObjectNode raw = MAPPER.valueToTree(hit);
        return new TiVerdict(true, hit.severity(), details, raw, hit.reference());
    }

    private static boolean compatible(String listed, String asked) {
        return listed.equals(asked) || (listed.equals("dns") && asked.equals("hostname"))
                || (listed.equals("hostname") && asked.equals("dns"));
    }

    private static String key(String ioc) {
        String k = ioc.trim();
        if (k.endsWith(".")) {
            k = k.substring(0, k.length() - 1);
        }
        return k.toLowerCase(Locale.ROOT);
    }
}
