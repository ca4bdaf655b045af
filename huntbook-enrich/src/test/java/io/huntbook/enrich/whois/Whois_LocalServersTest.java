package io.huntbook.enrich.whois;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.huntbook.core.HuntbookException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.dflib.DataFrame;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A local RDAP world (IANA-style bootstrap, a registry that redirects to the authoritative one as RIRs do) and a
 * local Team Cymru-style whois server on TCP, both speaking the real protocols.
 */
class Whois_LocalServersTest {
    private HttpServer http;
    private ServerSocket cymru;
    private final List<String> cymruRequests = new CopyOnWriteArrayList<>();
    private final AtomicInteger rdapCalls = new AtomicInteger();
    private final AtomicInteger failuresToServe = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        String base = "http://127.0.0.1:" + http.getAddress().getPort();
        http.createContext("/bootstrap/ipv4.json", ex -> reply(ex, 200, """
                {"version": "1.0", "publication": "2026-11-01T00:00:00Z", "services": [
                  [["81.0.0.0/8", "89.0.0.0/8"], ["%s/referral/"]],
                  [["203.0.113.0/24"], ["%s/other/"]]
                ]}""".formatted(base, base)));
        http.createContext("/referral/ip/", ex -> {
            rdapCalls.incrementAndGet();
            if (failuresToServe.getAndDecrement() > 0) {
                reply(ex, 503, "{}");
                return;
            }
            String ip = ex.getRequestURI().getPath().substring("/referral/ip/".length());
            ex.getResponseHeaders().add("Location", base + "/authoritative/ip/" + ip);
            ex.sendResponseHeaders(301, -1);
            ex.close();
        });
        http.createContext("/authoritative/ip/", ex -> reply(ex, 200, """
                {"objectClassName": "ip network", "handle": "89.160.0.0 - 89.160.127.255", "name": "BREDBAND2-NET",
                 "country": "SE", "startAddress": "89.160.0.0", "endAddress": "89.160.127.255",
                 "cidr0_cidrs": [{"v4prefix": "89.160.0.0", "length": 17}],
                 "entities": [
                   {"roles": ["registrant"], "vcardArray": ["vcard", [["version", {}, "text", "4.0"], ["fn", {}, "text", "Bredband2 AB"]]],
                    "entities": [{"roles": ["abuse"], "vcardArray": ["vcard", [["email", {}, "text", "abuse@bredband2.example"]]]}]}
                 ]}"""));
        http.start();
        cymru = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::serveCymru);
    }

    private static void reply(com.sun.net.httpserver.HttpExchange ex, int status, String body) throws java.io.IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/rdap+json");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    private void serveCymru() {
        while (!cymru.isClosed()) {
            try (Socket s = cymru.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
                OutputStream out = s.getOutputStream();
                StringBuilder answer = new StringBuilder("Bulk mode; whois.cymru.com [2026-11-27 12:00:00 +0000]\n");
                for (String line = in.readLine(); line != null && !line.equals("end"); line = in.readLine()) {
                    cymruRequests.add(line);
                    if (line.equals("89.160.20.112")) {
                        answer.append("29518   | 89.160.20.112    | 89.160.0.0/17       | SE | ripencc  | 2008-02-06 | BREDBAND2 Bredband2 AB, SE\n");
                    } else if (line.equals("81.2.69.142")) {
                        answer.append("20712   | 81.2.69.142      | 81.2.64.0/19        | GB | ripencc  | 2003-05-20 | ANDREWS-AS Andrews & Arnold Ltd, GB\n");
                    } else if (!line.equals("begin") && !line.equals("verbose")) {
                        answer.append("NA      | ").append(line).append(" | NA | | other | | NA\n");
                    }
                }
                out.write(answer.toString().getBytes(StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                return;
            }
        }
    }

    @AfterEach
    void stop() throws Exception {
        http.stop(0);
        cymru.close();
    }

    private Whois whois() {
        String base = "http://127.0.0.1:" + http.getAddress().getPort();
        RdapClient rdap = new RdapClient(URI.create(base + "/bootstrap/ipv4.json"), URI.create(base + "/bootstrap/ipv6.json"),
                Duration.ofSeconds(5), 3);
        CymruWhois asns = new CymruWhois(new InetSocketAddress(InetAddress.getLoopbackAddress(), cymru.getLocalPort()),
                Duration.ofSeconds(5), 2);
        return new Whois(asns, rdap);
    }

    @Test
    void asnFromCymruAndNetworkFromTheAuthoritativeRdapRegistry() {
        DataFrame rows = whois().lookup(List.of("89.160.20.112", "10.0.0.1"));
        assertThat(rows.getColumnsIndex().toArray()).containsExactlyElementsOf(Whois.COLUMNS);
        assertThat(rows.getColumn("Asn").get(0)).isEqualTo(29518L);
        assertThat(rows.getColumn("AsnDescription").get(0)).isEqualTo("BREDBAND2 Bredband2 AB, SE");
        assertThat(rows.getColumn("BgpPrefix").get(0)).isEqualTo("89.160.0.0/17");
        assertThat(rows.getColumn("NetworkName").get(0)).isEqualTo("BREDBAND2-NET");
        assertThat(rows.getColumn("Network").get(0)).isEqualTo("89.160.0.0/17");
        assertThat(rows.getColumn("Registrant").get(0)).isEqualTo("Bredband2 AB");
        assertThat(rows.getColumn("AbuseEmail").get(0)).isEqualTo("abuse@bredband2.example");
        assertThat(rows.getColumn("Asn").get(1)).isNull();
        assertThat(cymruRequests).containsExactly("begin", "verbose", "89.160.20.112");
    }

    @Test
    void manyAddressesGoInOneBulkRequestAndUnknownOnesStayEmpty() {
        List<AsnInfo> infos = new CymruWhois(new InetSocketAddress(InetAddress.getLoopbackAddress(), cymru.getLocalPort()),
                Duration.ofSeconds(5), 1).lookup(List.of("81.2.69.142", "89.160.20.112", "198.51.100.9"));
        assertThat(infos).extracting(AsnInfo::asn).containsExactly(20712L, 29518L, null);
        assertThat(infos.get(0).asName()).isEqualTo("ANDREWS-AS Andrews & Arnold Ltd, GB");
    }

    @Test
    void rdapRetriesServerErrorsAndCachesAnswers() {
        failuresToServe.set(1);
        Whois whois = whois();
        whois.lookup(List.of("89.160.20.112"));
        whois.lookup(List.of("89.160.20.112"));
        assertThat(rdapCalls.get()).isEqualTo(2);
    }

    @Test
    void anUnreachableWhoisServerIsAClearErrorAfterRetries() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        CymruWhois dead = new CymruWhois(new InetSocketAddress(InetAddress.getLoopbackAddress(), closedPort),
                Duration.ofMillis(500), 2);
        assertThatThrownBy(() -> dead.lookup(List.of("81.2.69.142")))
                .isInstanceOf(HuntbookException.class).hasMessageContaining("after 2 attempts");
    }

    @Test
    void cymruLinesParseWithPipesInTheAsName() {
        AsnInfo info = CymruWhois.parse("15169   | 8.8.8.8 | 8.8.8.0/24 | US | arin | 1992-12-01 | GOOGLE | Google LLC, US");
        assertThat(info.asn()).isEqualTo(15169L);
        assertThat(info.asName()).isEqualTo("GOOGLE | Google LLC, US");
    }
}
