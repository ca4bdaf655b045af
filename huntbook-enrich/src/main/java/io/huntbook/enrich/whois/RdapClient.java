package io.huntbook.enrich.whois;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.huntbook.core.BadInputException;
import io.huntbook.core.HuntbookException;
import io.huntbook.enrich.ip.Cidr;
import io.huntbook.enrich.ip.IpAddresses;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * RDAP lookups of IP networks (RFC 9082/9083). The server for an address comes from IANA's bootstrap registry
 * (RFC 9224: the longest prefix that contains it); registries that are not authoritative answer with a redirect,
 * which is followed. Answers are cached; network failures and 5xx answers are retried with backoff.
 */
public final class RdapClient {
    /** IANA's bootstrap files; every endpoint is configurable (tests, proxies, mirrors). */
    public static final URI IANA_IPV4 = URI.create("https://data.iana.org/rdap/ipv4.json");
    public static final URI IANA_IPV6 = URI.create("https://data.iana.org/rdap/ipv6.json");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final URI bootstrapV4;
    private final URI bootstrapV6;
    private final HttpClient http;
    private final Duration timeout;
    private final int attempts;
    private final Cache<String, RdapNetwork> cache = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(Duration.ofDays(1)).build();
    private volatile @Nullable List<Service> servicesV4;
    private volatile @Nullable List<Service> servicesV6;

    private record Service(List<Cidr> prefixes, List<URI> bases) {}

    public RdapClient(URI bootstrapV4, URI bootstrapV6, Duration timeout, int attempts) {
        this.bootstrapV4 = bootstrapV4;
        this.bootstrapV6 = bootstrapV6;
        this.timeout = timeout;
        this.attempts = Math.max(1, attempts);
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public static RdapClient defaults() {
        return new RdapClient(IANA_IPV4, IANA_IPV6, Duration.ofSeconds(10), 3);
    }

    /** The network an address is in, as its authoritative registry describes it. */
    public RdapNetwork lookup(String ipAddress) {
        String key = ipAddress.trim();
        return cache.get(key, this::fetch);
    }

    private RdapNetwork fetch(String ip) {
        InetAddress address = IpAddresses.parse(ip);
        boolean v4 = address instanceof Inet4Address;
        List<Service> services = v4 ? servicesV4() : servicesV6();
        URI base = serviceFor(services, address).orElseThrow(() -> new BadInputException(
                "no RDAP service in the IANA bootstrap registry covers " + ip));
        String path = base.toString().endsWith("/") ? "ip/" : "/ip/";
        URI uri = URI.create(base + path + address.getHostAddress());
        JsonNode json = get(uri);
        return parse(ip, json, uri);
    }

    private static Optional<URI> serviceFor(List<Service> services, InetAddress address) {
        URI best = null;
        int bestLength = -1;
        for (Service s : services) {
            for (Cidr prefix : s.prefixes()) {
                if (prefix.prefixLength() > bestLength && prefix.contains(address) && !s.bases().isEmpty()) {
                    best = s.bases().stream().filter(u -> "https".equals(u.getScheme())).findFirst()
                            .orElse(s.bases().get(0));
                    bestLength = prefix.prefixLength();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private List<Service> servicesV4() {
        List<Service> s = servicesV4;
        if (s == null) {
            s = bootstrap(bootstrapV4);
            servicesV4 = s;
        }
        return s;
    }

    private List<Service> servicesV6() {
        List<Service> s = servicesV6;
        if (s == null) {
            s = bootstrap(bootstrapV6);
            servicesV6 = s;
        }
        return s;
    }

    private List<Service> bootstrap(URI uri) {
        JsonNode json = get(uri);
        List<Service> services = new ArrayList<>();
        for (JsonNode service : json.path("services")) {
            List<Cidr> prefixes = new ArrayList<>();
            for (JsonNode p : service.path(0)) {
                prefixes.add(Cidr.parse(p.asText()));
            }
            List<URI> bases = new ArrayList<>();
            for (JsonNode b : service.path(1)) {
                bases.add(URI.create(b.asText()));
            }
            services.add(new Service(prefixes, bases));
        }
        if (services.isEmpty()) {
            throw new HuntbookException("the RDAP bootstrap registry at " + uri + " lists no services");
        }
        return services;
    }

    private JsonNode get(URI uri) {
        HuntbookException last = null;
        for (int attempt = 0; attempt < attempts; attempt++) {
            try {
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                        .header("Accept", "application/rdap+json, application/json").GET().build();
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status == 200) {
                    return MAPPER.readTree(response.body());
                }
                last = new HuntbookException("RDAP " + uri + " answered HTTP " + status);
                if (status == 404) {
                    throw new BadInputException("RDAP " + uri + ": no such network (HTTP 404)");
                }
                if (status != 429 && status < 500) {
                    throw last;
                }
                long wait = response.headers().firstValueAsLong("Retry-After").orElse(1L << attempt);
                Thread.sleep(Math.min(wait, 30) * 1000L);
            } catch (IOException e) {
                last = new HuntbookException("RDAP " + uri + " failed: " + e.getMessage(), e);
                sleepQuietly(200L << attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new HuntbookException("RDAP lookup interrupted", e);
            }
        }
        throw last;
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static RdapNetwork parse(String ip, JsonNode json, URI server) {
        String network = null;
        JsonNode cidr = json.path("cidr0_cidrs").path(0);
        if (!cidr.isMissingNode()) {
            String prefix = cidr.hasNonNull("v4prefix") ? cidr.path("v4prefix").asText() : cidr.path("v6prefix").asText();
            network = prefix + "/" + cidr.path("length").asInt();
        } else if (json.hasNonNull("startAddress")) {
            network = json.path("startAddress").asText() + " - " + json.path("endAddress").asText();
        }
        String registrant = null;
        String abuse = null;
        for (JsonNode entity : json.path("entities")) {
            List<String> roles = new ArrayList<>();
            entity.path("roles").forEach(r -> roles.add(r.asText()));
            if (roles.contains("registrant") && registrant == null) {
                registrant = vcard(entity, "fn");
            }
            if (roles.contains("abuse") && abuse == null) {
                abuse = vcard(entity, "email");
            }
            for (JsonNode nested : entity.path("entities")) {
                boolean nestedAbuse = false;
                for (JsonNode r : nested.path("roles")) {
                    nestedAbuse |= r.asText().equals("abuse");
                }
                if (nestedAbuse && abuse == null) {
                    abuse = vcard(nested, "email");
                }
            }
        }
        return new RdapNetwork(ip, text(json, "handle"), text(json, "name"), network, text(json, "country"), registrant,
                abuse, server.getScheme() + "://" + server.getAuthority());
    }

    private static @Nullable String vcard(JsonNode entity, String property) {
        for (JsonNode item : entity.path("vcardArray").path(1)) {
            if (property.equals(item.path(0).asText())) {
                return item.path(3).asText();
            }
        }
        return null;
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
