package io.huntbook.data.sample;

import io.huntbook.data.sample.Organisation.Host;
import io.huntbook.data.sample.TableSink.Col;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Network telemetry: NSG flow records as Azure Traffic Analytics writes them ({@code AzureNetworkAnalytics_CL},
 * with its {@code _s}/{@code _d}/{@code _t} suffixed columns) and DNS queries seen by the domain controller
 * ({@code DnsEvents}). The beacon is one flow per connection so its period can be found.
 */
final class NetworkActivity {
    static final String FLOWS = "AzureNetworkAnalytics_CL";
    static final String DNS = "DnsEvents";

    static final List<Col> FLOW_COLUMNS = List.of(
            new Col("TenantId", "VARCHAR"), new Col("TimeGenerated", "TIMESTAMP"), new Col("SubType_s", "VARCHAR"),
            new Col("FlowType_s", "VARCHAR"), new Col("FlowStartTime_t", "TIMESTAMP"), new Col("FlowEndTime_t", "TIMESTAMP"),
            new Col("FlowIntervalStartTime_t", "TIMESTAMP"), new Col("FlowIntervalEndTime_t", "TIMESTAMP"),
            new Col("VM_s", "VARCHAR"), new Col("VMIP_s", "VARCHAR"), new Col("SrcIP_s", "VARCHAR"),
            new Col("DestIP_s", "VARCHAR"), new Col("PublicIPs_s", "VARCHAR"), new Col("L4Protocol_s", "VARCHAR"),
            new Col("L7Protocol_s", "VARCHAR"), new Col("DestPort_d", "DOUBLE"), new Col("FlowDirection_s", "VARCHAR"),
            new Col("AllowedOutFlows_d", "DOUBLE"), new Col("AllowedInFlows_d", "DOUBLE"),
            new Col("DeniedInFlows_d", "DOUBLE"), new Col("DeniedOutFlows_d", "DOUBLE"),
            new Col("OutboundBytes_d", "DOUBLE"), new Col("InboundBytes_d", "DOUBLE"),
            new Col("AzureRegion_s", "VARCHAR"), new Col("Region_s", "VARCHAR"));

    static final List<Col> DNS_COLUMNS = List.of(
            new Col("TenantId", "VARCHAR"), new Col("TimeGenerated", "TIMESTAMP"), new Col("SourceSystem", "VARCHAR"),
            new Col("Computer", "VARCHAR"), new Col("EventId", "BIGINT"), new Col("SubType", "VARCHAR"),
            new Col("ClientIP", "VARCHAR"), new Col("Name", "VARCHAR"), new Col("IPAddresses", "VARCHAR"),
            new Col("QueryType", "VARCHAR"), new Col("Result", "VARCHAR"), new Col("ResultCode", "BIGINT"));

    /** Where Contoso's hosts usually go: name, address, port, protocol. */
    private static final String[][] DESTINATIONS = {
        {"outlook.office365.com", "52.96.165.34", "443", "https"},
        {"contoso.sharepoint.com", "13.107.136.9", "443", "https"},
        {"teams.microsoft.com", "52.113.194.132", "443", "https"},
        {"login.microsoftonline.com", "20.190.151.7", "443", "https"},
        {"www.google.com", "142.250.74.100", "443", "https"},
        {"github.com", "140.82.121.4", "443", "https"},
        {"windowsupdate.microsoft.com", "13.107.4.50", "80", "http"},
    };

    private final Organisation org;
    private final Story story;
    private final SampleOptions options;
    private final SplittableRandom random;
    private final TableSink flows;
    private final TableSink dns;

    NetworkActivity(Connection db, Organisation org, Story story, SampleOptions options, SplittableRandom random)
            throws SQLException {
        this.org = org;
        this.story = story;
        this.options = options;
        this.random = random;
        this.flows = new TableSink(db, FLOWS, FLOW_COLUMNS);
        this.dns = new TableSink(db, DNS, DNS_COLUMNS);
    }

    List<TableSink> sinks() {
        return List.of(flows, dns);
    }

    void write() throws SQLException {
        Host dc = org.host("DC01");
        Host fs = org.host("FS01");
        for (int d = 0; d < SampleOptions.DAYS; d++) {
            LocalDate day = options.firstDay().plusDays(d);
            Instant midnight = day.atStartOfDay().toInstant(ZoneOffset.UTC);
            for (Host host : org.hosts) {
                int firstHour = host.server() ? 0 : 7;
                int lastHour = host.server() ? 24 : 18;
                for (int hour = firstHour; hour < lastHour; hour++) {
                    Instant slot = midnight.plusSeconds(hour * 3600L);
                    for (int k = 0; k < 2 + random.nextInt(2); k++) {
                        String[] dest = DESTINATIONS[random.nextInt(DESTINATIONS.length)];
                        Instant start = slot.plusSeconds(random.nextInt(1800));
                        flow(host, start, start.plusSeconds(60 + random.nextInt(1700)), "ExternalPublic", dest[1],
                                Integer.parseInt(dest[2]), dest[3], 1 + random.nextInt(30),
                                20_000 + random.nextInt(2_000_000), 50_000 + random.nextInt(8_000_000));
                        lookup(start.minusMillis(40), host.ip(), dest[0], dest[1]);
                    }
                    if (!host.server()) {
                        Instant start = slot.plusSeconds(random.nextInt(3000));
                        flow(host, start, start.plusSeconds(30 + random.nextInt(600)), "IntraVNet", fs.ip(), 445,
                                "smb", 1 + random.nextInt(5), 5_000 + random.nextInt(500_000),
                                10_000 + random.nextInt(5_000_000));
                        flow(host, start.plusSeconds(5), start.plusSeconds(9), "IntraVNet", dc.ip(), 88, "kerberos",
                                1, 1_500, 1_800);
                        lookup(start.minusMillis(30), host.ip(), "fs01." + Organisation.DNS_SUFFIX, fs.ip());
                    }
                }
            }
        }
        writeStory();
        flows.close();
        dns.close();
    }

    private void writeStory() {
        Host ws = org.host(Story.HOST);
        lookup(story.encodedPowerShell().plusSeconds(1), ws.ip(), Story.C2_DOMAIN, Story.ATTACKER_IP);
        flow(ws, story.encodedPowerShell().plusSeconds(2), story.encodedPowerShell().plusSeconds(4), "MaliciousFlow",
                Story.ATTACKER_IP, 443, "https", 1, 1_200, 48_211);
        Instant t = story.beaconStart();
        Instant lastLookup = Instant.MIN;
        while (t.isBefore(story.beaconEnd())) {
            if (cacheExpired(lastLookup, t)) {
                lookup(t.minusMillis(25), ws.ip(), Story.C2_DOMAIN, Story.ATTACKER_IP);
                lastLookup = t;
            }
            flow(ws, t, t.plusSeconds(1), "MaliciousFlow", Story.ATTACKER_IP, 443, "https", 1,
                    400 + random.nextInt(250), 1_100 + random.nextInt(900));
            t = t.plusMillis(54_000 + random.nextInt(12_000));
        }
        lookup(story.at(2, 14, 49), ws.ip(), Story.C2_DOMAIN, Story.ATTACKER_IP);
        flow(ws, story.at(2, 14, 50), story.at(2, 15, 2), "MaliciousFlow", Story.ATTACKER_IP, 443, "https", 1,
                2_400, 25_391_104);
        lookup(story.exfiltrationStart().minusSeconds(2), ws.ip(), Story.EXFIL_DOMAIN, Story.EXFIL_IP);
        for (Instant e = story.exfiltrationStart(); e.isBefore(story.exfiltrationEnd()); e = e.plusSeconds(60)) {
            flow(ws, e, e.plusSeconds(59), "ExternalPublic", Story.EXFIL_IP, 443, "https", 8,
                    22_000_000 + random.nextInt(4_000_000), 180_000 + random.nextInt(40_000));
        }
        Host fs = org.host("FS01");
        flow(ws, story.staging(), story.staging().plusSeconds(1140), "IntraVNet", fs.ip(), 445, "smb", 3,
                1_900_000, 912_000_000);
    }

    /** The DNS cache holds an answer for five minutes. */
    private static boolean cacheExpired(Instant last, Instant now) {
        return last.equals(Instant.MIN) || now.getEpochSecond() - last.getEpochSecond() >= 300;
    }

    private void flow(Host host, Instant start, Instant end, String type, String dest, int port, String l7, int count,
            long outBytes, long inBytes) {
        long interval = 600;
        Instant bucket = Instant.ofEpochSecond(start.getEpochSecond() / interval * interval);
        boolean external = !type.equals("IntraVNet");
        flows.row(Organisation.TENANT_ID, bucket.plusSeconds(interval + 300 + random.nextInt(300)), "FlowLog", type,
                start, end, bucket, bucket.plusSeconds(interval), "rg-contoso/" + host.name(), host.ip(), host.ip(),
                dest, external ? dest + "|" + count + "|0|0|0|0" : null, "T", l7, (double) port, "O", (double) count,
                0.0, 0.0, 0.0, (double) outBytes, (double) inBytes, external ? "global" : "eastus", "eastus");
    }

    private void lookup(Instant when, String client, String name, String answer) {
        dns.row(Organisation.TENANT_ID, when, "OpsManager", "DC01." + Organisation.DNS_SUFFIX, 256L, "LookupQuery",
                client, name, answer, "A", "Success", 0L);
    }
}
