package io.huntbook.enrich.ti.tor;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.core.Severity;
import io.huntbook.enrich.ip.IpAddresses;
import io.huntbook.enrich.ti.LocalTiProvider;
import io.huntbook.enrich.ti.TiProviderException;
import io.huntbook.enrich.ti.TiQuery;
import io.huntbook.enrich.ti.TiVerdict;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether an address is a Tor exit, from the Tor Project's exit list (blocks of {@code ExitNode},
 * {@code Published}, {@code LastStatus} and {@code ExitAddress} lines; a plain list of addresses, one a line, is read
 * too). The list is read on first use and again once it is older than the refresh interval; if a refresh fails, the
 * previous list keeps answering (with a warning in the log). The indicator never leaves the machine, so every
 * address may be asked and nothing is cached. An exit node is anonymised traffic, not itself an attack: a warning.
 */
final class TorExitNodesProvider implements LocalTiProvider {
    private static final Logger LOG = LoggerFactory.getLogger(TorExitNodesProvider.class);
    private static final Set<String> TYPES = Set.of("ipv4", "ipv6");

    private record Snapshot(Map<String, ObjectNode> exits, Instant loadedAt) {}

    private final String name;
    private final ExitListSource source;
    private final Duration refresh;
    private final Clock clock;
    private volatile @Nullable Snapshot snapshot;

    TorExitNodesProvider(String name, ExitListSource source, Duration refresh, Clock clock) {
        this.name = name;
        this.source = source;
        this.refresh = refresh;
        this.clock = clock;
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
        ObjectNode exit = current().exits().get(normalized(query.ioc()));
        if (exit == null) {
            return TiVerdict.notFound(JsonNodeFactory.instance.nullNode(), null);
        }
        String reference = "https://metrics.torproject.org/rs.html#details/" + exit.path("ExitNode").asText();
        return new TiVerdict(true, Severity.WARNING, exit, exit, reference);
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        Instant now = clock.instant();
        if (s != null && s.loadedAt().plus(refresh).isAfter(now)) {
            return s;
        }
        synchronized (this) {
            s = snapshot;
            if (s != null && s.loadedAt().plus(refresh).isAfter(now)) {
                return s;
            }
            try {
                Snapshot fresh = new Snapshot(parse(source.read(), source.describe()), now);
                snapshot = fresh;
                return fresh;
            } catch (TiProviderException e) {
                if (s == null) {
                    throw e;
                }
                LOG.warn("Tor exit list not refreshed from {} ({}); using the list read at {}", source.describe(),
                        e.getMessage(), s.loadedAt());
                return s;
            }
        }
    }

    /** The exit addresses of a list, each with the fields of its node. */
    static Map<String, ObjectNode> parse(String text, String where) {
        Map<String, ObjectNode> exits = new HashMap<>();
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            int space = line.indexOf(' ');
            String key = space < 0 ? line : line.substring(0, space);
            String value = space < 0 ? "" : line.substring(space + 1).strip();
            switch (key) {
                case "ExitNode" -> {
                    node = JsonNodeFactory.instance.objectNode();
                    node.put("ExitNode", value);
                }
                case "Published", "LastStatus" -> node.put(key, value);
                case "ExitAddress" -> {
                    int sp = value.indexOf(' ');
                    String address = sp < 0 ? value : value.substring(0, sp);
                    if (IpAddresses.isIpAddress(address)) {
                        ObjectNode entry = node.deepCopy();
                        entry.put("ExitAddress", address);
                        if (sp > 0) {
                            entry.put("ExitAddressSeen", value.substring(sp + 1).strip());
                        }
                        exits.put(normalized(address), entry);
                    }
                }
                default -> {
                    if (!line.isEmpty() && !line.startsWith("#") && space < 0 && IpAddresses.isIpAddress(line)) {
                        ObjectNode entry = JsonNodeFactory.instance.objectNode().put("ExitAddress", line);
                        exits.put(normalized(line), entry);
                    }
                }
            }
        }
        if (exits.isEmpty()) {
            throw TiProviderException.notRetryable("the Tor exit list from " + where
                    + " has no ExitAddress line: is it the Tor Project's exit-addresses file?");
        }
        return exits;
    }

    private static String normalized(String address) {
        return IpAddresses.isIpAddress(address) ? IpAddresses.parse(address).getHostAddress() : address;
    }
}
