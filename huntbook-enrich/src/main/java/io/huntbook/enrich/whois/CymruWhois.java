package io.huntbook.enrich.whois;

import io.huntbook.core.HuntbookException;
import io.huntbook.enrich.ip.IpAddresses;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Bulk origin-AS lookups in Team Cymru's whois format over TCP 43: one connection for many addresses
 * ({@code begin}, {@code verbose}, one address per line, {@code end}); the answer is one pipe-separated line per
 * address: {@code AS | IP | BGP Prefix | CC | Registry | Allocated | AS Name}. Failed connections are retried.
 */
public final class CymruWhois {
    /** Team Cymru's public service. */
    public static final InetSocketAddress DEFAULT_SERVER = InetSocketAddress.createUnresolved("whois.cymru.com", 43);

    private final InetSocketAddress server;
    private final Duration timeout;
    private final int attempts;

    public CymruWhois(InetSocketAddress server, Duration timeout, int attempts) {
        this.server = server;
        this.timeout = timeout;
        this.attempts = Math.max(1, attempts);
    }

    public static CymruWhois defaults() {
        return new CymruWhois(DEFAULT_SERVER, Duration.ofSeconds(10), 3);
    }

    /** The origin AS of each address, in the order given; an address the service does not know has null fields. */
    public List<AsnInfo> lookup(List<String> ipAddresses) {
        for (String ip : ipAddresses) {
            IpAddresses.parse(ip);
        }
        IOException last = null;
        for (int attempt = 0; attempt < attempts; attempt++) {
            try {
                return query(ipAddresses);
            } catch (IOException e) {
                last = e;
                sleep(Duration.ofMillis(200L << attempt));
            }
        }
        throw new HuntbookException("ASN lookup at " + server.getHostString() + ":" + server.getPort() + " failed after "
                + attempts + " attempts: " + (last == null ? "" : last.getMessage()), last);
    }

    private List<AsnInfo> query(List<String> ipAddresses) throws IOException {
        try (Socket socket = new Socket()) {
            InetSocketAddress target = server.isUnresolved()
                    ? new InetSocketAddress(server.getHostString(), server.getPort()) : server;
            socket.connect(target, (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            StringBuilder request = new StringBuilder("begin\nverbose\n");
            for (String ip : ipAddresses) {
                request.append(ip.trim()).append('\n');
            }
            request.append("end\n");
            out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Map<String, AsnInfo> byIp = new LinkedHashMap<>();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                AsnInfo info = parse(line);
                if (info != null) {
                    byIp.put(info.ipAddress(), info);
                }
            }
            List<AsnInfo> results = new ArrayList<>();
            for (String ip : ipAddresses) {
                String key = ip.trim();
                results.add(byIp.getOrDefault(key, new AsnInfo(key, null, null, null, null, null, null)));
            }
            return results;
        }
    }

    /** One answer line, or null for the header ({@code Bulk mode; ...}) and anything else that is not an answer. */
    static @Nullable AsnInfo parse(String line) {
        String[] f = line.split("\\|", -1);
        if (f.length < 7) {
            return null;
        }
        String as = f[0].strip();
        if (!as.chars().allMatch(Character::isDigit) && !as.equals("NA")) {
            return null;
        }
        Long asn = as.isEmpty() || as.equals("NA") ? null : Long.parseLong(as);
        // The AS name is everything after the sixth pipe, pipes in it included.
        int at = -1;
        for (int i = 0; i < 6; i++) {
            at = line.indexOf('|', at + 1);
        }
        String name = line.substring(at + 1);
        return new AsnInfo(f[1].strip(), asn, blank(f[2]), blank(f[3]), blank(f[4]), blank(f[5]), blank(name));
    }

    private static @Nullable String blank(String s) {
        String t = s.strip();
        return t.isEmpty() || t.equals("NA") ? null : t;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HuntbookException("interrupted", e);
        }
    }
}
