package io.huntbook.data.sample;

import io.huntbook.data.sample.Organisation.Host;
import io.huntbook.data.sample.Organisation.User;
import io.huntbook.data.sample.TableSink.Col;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Alerts ({@code SecurityAlert}) and incidents ({@code SecurityIncident}) as Microsoft Sentinel stores them: five
 * alerts and one incident for the story, and a few ordinary alerts (closed as benign or false positives) on the
 * other days. Entities are Sentinel's JSON entity list.
 */
final class Detections {
    static final String ALERTS = "SecurityAlert";
    static final String INCIDENTS = "SecurityIncident";

    static final List<Col> ALERT_COLUMNS = List.of(
            new Col("TenantId", "VARCHAR"), new Col("TimeGenerated", "TIMESTAMP"), new Col("DisplayName", "VARCHAR"),
            new Col("AlertName", "VARCHAR"), new Col("AlertSeverity", "VARCHAR"), new Col("Description", "VARCHAR"),
            new Col("ProviderName", "VARCHAR"), new Col("VendorName", "VARCHAR"), new Col("VendorOriginalId", "VARCHAR"),
            new Col("SystemAlertId", "VARCHAR"), new Col("ResourceId", "VARCHAR"), new Col("SourceComputerId", "VARCHAR"),
            new Col("AlertType", "VARCHAR"), new Col("ConfidenceLevel", "VARCHAR"), new Col("ConfidenceScore", "DOUBLE"),
            new Col("IsIncident", "BOOLEAN"), new Col("StartTime", "TIMESTAMP"), new Col("EndTime", "TIMESTAMP"),
            new Col("ProcessingEndTime", "TIMESTAMP"), new Col("RemediationSteps", "JSON"),
            new Col("ExtendedProperties", "JSON"), new Col("Entities", "JSON"), new Col("SourceSystem", "VARCHAR"),
            new Col("ProductName", "VARCHAR"), new Col("ProductComponentName", "VARCHAR"), new Col("AlertLink", "VARCHAR"),
            new Col("Status", "VARCHAR"), new Col("CompromisedEntity", "VARCHAR"), new Col("Tactics", "VARCHAR"),
            new Col("Techniques", "JSON"));

    static final List<Col> INCIDENT_COLUMNS = List.of(
            new Col("TenantId", "VARCHAR"), new Col("TimeGenerated", "TIMESTAMP"), new Col("IncidentName", "VARCHAR"),
            new Col("IncidentNumber", "BIGINT"), new Col("Title", "VARCHAR"), new Col("Description", "VARCHAR"),
            new Col("Severity", "VARCHAR"), new Col("Status", "VARCHAR"), new Col("Classification", "VARCHAR"),
            new Col("ClassificationReason", "VARCHAR"), new Col("Owner", "JSON"), new Col("ProviderName", "VARCHAR"),
            new Col("ProviderIncidentId", "VARCHAR"), new Col("FirstActivityTime", "TIMESTAMP"),
            new Col("LastActivityTime", "TIMESTAMP"), new Col("CreatedTime", "TIMESTAMP"),
            new Col("LastModifiedTime", "TIMESTAMP"), new Col("ClosedTime", "TIMESTAMP"), new Col("AlertIds", "JSON"),
            new Col("Labels", "JSON"), new Col("IncidentUrl", "VARCHAR"), new Col("AdditionalData", "JSON"));

    private record Alert(String id, Instant time, String name, String severity, String tactic) {}

    private final Organisation org;
    private final Story story;
    private final SampleOptions options;
    private final SplittableRandom random;
    private final TableSink alerts;
    private final TableSink incidents;
    private long incidentNumber = 1040;

    Detections(Connection db, Organisation org, Story story, SampleOptions options, SplittableRandom random)
            throws SQLException {
        this.org = org;
        this.story = story;
        this.options = options;
        this.random = random;
        this.alerts = new TableSink(db, ALERTS, ALERT_COLUMNS);
        this.incidents = new TableSink(db, INCIDENTS, INCIDENT_COLUMNS);
    }

    List<TableSink> sinks() {
        return List.of(alerts, incidents);
    }

    void write() throws SQLException {
        writeBackground();
        writeStory();
        alerts.close();
        incidents.close();
    }

    private void writeBackground() {
        for (int d = 0; d < SampleOptions.DAYS; d++) {
            Instant midnight = options.firstDay().plusDays(d).atStartOfDay().toInstant(ZoneOffset.UTC);
            for (int i = 0; i < 2; i++) {
                User user = org.users.get(random.nextInt(org.users.size()));
                Host host = org.workstations.get(random.nextInt(org.workstations.size()));
                Instant when = midnight.plusSeconds(8 * 3600 + random.nextInt(9 * 3600));
                Alert alert;
                if (i == 0) {
                    alert = alert(when, "Unfamiliar sign-in properties", "Low",
                            "The sign-in had properties not seen recently for " + user.upn() + ".",
                            "IPC", "Azure Active Directory Identity Protection", "InitialAccess", null,
                            List.of(account(user), ip(user.homeIp())), Json.obj());
                } else {
                    alert = alert(when, "Antimalware Action Taken", "Low",
                            "Microsoft Antimalware removed a test file (EICAR) on " + host.name() + ".",
                            "MDATP", "Microsoft Defender for Endpoint", "Execution", host.name(),
                            List.of(host(host), account(host.owner())), Json.obj("Compromised Host", host.name(),
                                    "Threat Name", "Virus:DOS/EICAR_Test_File"));
                }
                incident(List.of(alert), alert.name() + (i == 0 ? " for " + user.upn() : " on " + host.name()),
                        "Low", "Closed", i == 0 ? "BenignPositive" : "FalsePositive",
                        i == 0 ? "SuspiciousButExpected" : "InaccurateData", when.plusSeconds(5 * 3600));
            }
        }
    }

    private void writeStory() {
        Host ws = org.host(Story.HOST);
        User megan = ws.owner();
        List<Alert> chain = new ArrayList<>();
        chain.add(alert(story.sprayEnd().plusSeconds(240), "Password Spray", "Medium",
                "A password spray attack from " + Story.SPRAY_IP + " tried common passwords against "
                        + org.users.size() + " Contoso accounts.",
                "IPC", "Azure Active Directory Identity Protection", "CredentialAccess", null,
                List.of(ip(Story.SPRAY_IP), account(megan)), Json.obj("Attempts", "many", "Source IP", Story.SPRAY_IP)));
        chain.add(alert(story.maliciousSignIn().plusSeconds(300), "Malicious IP address", "High",
                "Sign-in by " + megan.upn() + " from " + Story.ATTACKER_IP
                        + ", an IP address known for malicious activity.",
                "IPC", "Azure Active Directory Identity Protection", "InitialAccess", megan.upn(),
                List.of(account(megan), ip(Story.ATTACKER_IP)), Json.obj("Client IP Address", Story.ATTACKER_IP)));
        chain.add(alert(story.encodedPowerShell().plusSeconds(90), "Suspicious encoded PowerShell command", "High",
                "A PowerShell process on " + Story.HOST + " ran a base64-encoded command that downloads and runs a"
                        + " script from the internet.",
                "MDATP", "Microsoft Defender for Endpoint", "Execution", Story.HOST,
                List.of(host(ws), account(megan), process(Story.STAGER_COMMAND_LINE), url(Story.STAGER_URL)),
                Json.obj("Compromised Host", Story.HOST, "Command Line", Story.STAGER_COMMAND_LINE,
                        "User Name", Story.ACCOUNT)));
        chain.add(alert(story.beaconStart().plusSeconds(1800), "Communication with a malicious domain", "Medium",
                Story.HOST + " contacted " + Story.C2_DOMAIN + " (" + Story.ATTACKER_IP
                        + ") about every 60 seconds, a pattern typical of command-and-control beaconing.",
                "Azure Security Center", "Microsoft Defender for Cloud", "CommandAndControl", Story.HOST,
                List.of(host(ws), dns(Story.C2_DOMAIN), ip(Story.ATTACKER_IP)),
                Json.obj("Compromised Host", Story.HOST, "Domain Name", Story.C2_DOMAIN)));
        chain.add(alert(story.exfiltrationEnd().plusSeconds(240), "Possible data exfiltration", "High",
                "About 860 MB left " + Story.HOST + " for " + Story.EXFIL_DOMAIN + " (" + Story.EXFIL_IP
                        + ") in 36 minutes, sent by a renamed rclone (" + Story.TOOL_PATH + ").",
                "MDATP", "Microsoft Defender for Endpoint", "Exfiltration", Story.HOST,
                List.of(host(ws), ip(Story.EXFIL_IP), dns(Story.EXFIL_DOMAIN), file()),
                Json.obj("Compromised Host", Story.HOST, "File Name", "msupdate.exe")));
        incident(chain, "Multi-stage attack: password spray, malicious sign-in and data exfiltration from "
                + Story.HOST, "High", "New", null, null, null);
    }

    private Alert alert(Instant when, String name, String severity, String description, String provider,
            String product, String tactic, @Nullable String compromised, List<Map<String, Object>> entities,
            Map<String, Object> extended) {
        String id = uuid();
        List<Object> numbered = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            Map<String, Object> entity = new java.util.LinkedHashMap<>();
            entity.put("$id", Integer.toString(i + 2));
            entity.putAll(entities.get(i));
            numbered.add(entity);
        }
        alerts.row(Organisation.TENANT_ID, when, name, name, severity, description, provider,
                "Microsoft", uuid(), id,
                compromised != null && !compromised.contains("@") ? "/subscriptions/" + Organisation.uuidOf("subscription") + "/resourceGroups/rg-contoso/providers/Microsoft.Compute/virtualMachines/" + compromised : null,
                compromised != null && !compromised.contains("@") ? Organisation.uuidOf("computer-" + compromised) : null,
                name.replace(' ', '_'), "High", 0.6 + random.nextDouble() * 0.4, false,
                when.minusSeconds(600), when.minusSeconds(60), when.plusSeconds(30),
                Json.of(List.of("Investigate the entities of the alert.", "Reset the credentials of affected accounts.")),
                Json.of(extended), Json.of(numbered), "Detection", product, name, "https://security.microsoft.com/alerts/" + id,
                "New", compromised, tactic, Json.of(List.of()));
        return new Alert(id, when, name, severity, tactic);
    }

    private void incident(List<Alert> alertList, String title, String severity, String status,
            @Nullable String classification, @Nullable String reason, @Nullable Instant closed) {
        long number = incidentNumber++;
        Instant first = alertList.get(0).time();
        Instant last = alertList.get(alertList.size() - 1).time();
        String name = uuid();
        incidents.row(Organisation.TENANT_ID, last.plusSeconds(60), name, number, title,
                "Alerts: " + String.join("; ", alertList.stream().map(Alert::name).toList()), severity, status,
                classification, reason,
                Json.of(Json.obj("objectId", null, "email", null, "assignedTo", null, "userPrincipalName", null)),
                "Azure Sentinel", Long.toString(number), first.minusSeconds(600), last, first.plusSeconds(30),
                closed != null ? closed : last.plusSeconds(60), closed,
                Json.of(alertList.stream().map(Alert::id).toList()), Json.of(List.of()),
                "https://portal.azure.com/#asset/Microsoft_Azure_Security_Insights/Incident/" + name,
                Json.of(Json.obj("alertsCount", alertList.size(), "tactics",
                        alertList.stream().map(Alert::tactic).distinct().toList())));
    }

    private static Map<String, Object> host(Host host) {
        return Json.obj("HostName", host.name(), "DnsDomain", Organisation.DNS_SUFFIX, "OSFamily", "Windows",
                "Type", "host");
    }

    private static Map<String, Object> account(User user) {
        return Json.obj("Name", user.sam(), "UPNSuffix", Organisation.UPN_SUFFIX, "NTDomain", Organisation.DOMAIN,
                "AadUserId", user.objectId(), "Type", "account");
    }

    private static Map<String, Object> ip(String address) {
        return Json.obj("Address", address, "Type", "ip");
    }

    private static Map<String, Object> dns(String domain) {
        return Json.obj("DomainName", domain, "Type", "dns");
    }

    private static Map<String, Object> url(String url) {
        return Json.obj("Url", url, "Type", "url");
    }

    private static Map<String, Object> process(String commandLine) {
        return Json.obj("CommandLine", commandLine, "ImageFile", Json.obj("Name", "powershell.exe",
                "Directory", "C:\\Windows\\System32\\WindowsPowerShell\\v1.0"), "Type", "process");
    }

    private static Map<String, Object> file() {
        return Json.obj("Name", "msupdate.exe", "Directory", "C:\\Users\\Public\\Libraries",
                "FileHashes", List.of(Json.obj("Algorithm", "SHA256", "Value", Story.TOOL_SHA256, "Type", "filehash")),
                "Type", "file");
    }

    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }
}
