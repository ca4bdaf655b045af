package io.huntbook.data.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fictional organisation of the sample: Contoso's people (the names of Microsoft's demo tenant), one workstation
 * each, a few servers, and the addresses they use. Fixed for every seed, so hunts and docs can name them.
 */
final class Organisation {
    static final String DOMAIN = "CONTOSO";
    static final String DNS_SUFFIX = "contoso.local";
    static final String UPN_SUFFIX = "contoso.com";
    static final String TENANT_ID = "8e3a5d1c-2f4b-4c6d-9e7f-0a1b2c3d4e5f";
    static final String OFFICE_EGRESS_IP = "198.51.100.10";
    static final String DOMAIN_SID = "S-1-5-21-1004336348-1177238915-682003330";

    record User(String first, String last, String sam, String upn, String displayName, String sid, String objectId,
            String homeIp, boolean admin) {
        String account() {
            return DOMAIN + "\\" + sam;
        }
    }

    record Host(String name, String ip, boolean server, String role, User owner, boolean sysmon) {
        String fqdn() {
            return name + "." + DNS_SUFFIX;
        }

        String machineAccount() {
            return name + "$";
        }
    }

    private static final String[][] PEOPLE = {
        {"Adele", "Vance"}, {"Alex", "Wilber"}, {"Christie", "Cline"}, {"Diego", "Siciliani"},
        {"Grady", "Archie"}, {"Henrietta", "Mueller"}, {"Megan", "Bowen"}, {"Irvin", "Sayers"},
        {"Isaiah", "Langer"}, {"Johanna", "Lorenz"}, {"Joni", "Sherman"}, {"Lee", "Gu"},
        {"Lidia", "Holloway"}, {"Lynne", "Robbins"}, {"Miriam", "Graham"}, {"Nestor", "Wilke"},
        {"Patti", "Fernandez"}, {"Pradeep", "Gupta"},
    };

    final List<User> users = new ArrayList<>();
    final List<Host> workstations = new ArrayList<>();
    final List<Host> servers = new ArrayList<>();
    final List<Host> hosts = new ArrayList<>();

    Organisation() {
        for (int i = 0; i < PEOPLE.length; i++) {
            String first = PEOPLE[i][0];
            String last = PEOPLE[i][1];
            String sam = first + last.charAt(0);
            users.add(new User(first, last, sam, sam + "@" + UPN_SUFFIX, first + " " + last,
                    DOMAIN_SID + "-" + (1105 + i), uuidOf("user-" + sam), "198.51.100." + (101 + i),
                    first.equals("Pradeep") || first.equals("Alex")));
        }
        for (int i = 0; i < users.size(); i++) {
            String name = String.format(Locale.ROOT, "WS%02d", i + 1);
            workstations.add(new Host(name, "10.10.1." + (11 + i), false, "workstation", users.get(i),
                    i % 3 == 0 || name.equals(Story.HOST)));
        }
        User admin = user("PradeepG");
        String[][] serverRoles = {{"DC01", "domain-controller"}, {"FS01", "file-server"}, {"SQL01", "database"},
            {"WEB01", "web-server"}, {"APP01", "application-server"}};
        for (int i = 0; i < serverRoles.length; i++) {
            servers.add(new Host(serverRoles[i][0], "10.10.0." + (10 + i), true, serverRoles[i][1], admin, true));
        }
        hosts.addAll(workstations);
        hosts.addAll(servers);
    }

    User user(String sam) {
        return users.stream().filter(u -> u.sam().equals(sam)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no user " + sam));
    }

    Host host(String name) {
        return hosts.stream().filter(h -> h.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no host " + name));
    }

    /** A stable GUID for a name, so the same user has the same object id in every sample. */
    static String uuidOf(String name) {
        return java.util.UUID.nameUUIDFromBytes(("huntbook-sample:" + name).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString();
    }
}
