package io.huntbook.data.sample;

import io.huntbook.data.sample.Organisation.User;
import io.huntbook.data.sample.TableSink.Col;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Microsoft 365 telemetry: Entra ID sign-ins ({@code SigninLogs}) and Office 365 activity ({@code OfficeActivity}),
 * with Microsoft Sentinel's column names and JSON in the dynamic columns.
 */
final class CloudActivity {
    static final String SIGNIN_LOGS = "SigninLogs";
    static final String OFFICE_ACTIVITY = "OfficeActivity";

    static final List<Col> SIGNIN_COLUMNS = List.of(
            new Col("TenantId", "VARCHAR"), new Col("TimeGenerated", "TIMESTAMP"), new Col("OperationName", "VARCHAR"),
            new Col("Category", "VARCHAR"), new Col("ResultType", "VARCHAR"), new Col("ResultDescription", "VARCHAR"),
            new Col("UserPrincipalName", "VARCHAR"), new Col("UserDisplayName", "VARCHAR"), new Col("UserId", "VARCHAR"),
            new Col("AppDisplayName", "VARCHAR"), new Col("AppId", "VARCHAR"), new Col("ResourceDisplayName", "VARCHAR"),
            new Col("ClientAppUsed", "VARCHAR"), new Col("IPAddress", "VARCHAR"), new Col("Location", "VARCHAR"),
            new Col("LocationDetails", "JSON"), new Col("DeviceDetail", "JSON"), new Col("Status", "JSON"),
            new Col("ConditionalAccessStatus", "VARCHAR"), new Col("AuthenticationRequirement", "VARCHAR"),
            new Col("RiskLevelDuringSignIn", "VARCHAR"), new Col("RiskState", "VARCHAR"),
            new Col("IsInteractive", "BOOLEAN"), new Col("UserAgent", "VARCHAR"), new Col("CorrelationId", "VARCHAR"),
            new Col("Id", "VARCHAR"));

    static final List<Col> OFFICE_COLUMNS = List.of(
            new Col("TenantId", "VARCHAR"), new Col("TimeGenerated", "TIMESTAMP"), new Col("RecordType", "VARCHAR"),
            new Col("Operation", "VARCHAR"), new Col("OfficeWorkload", "VARCHAR"), new Col("UserId", "VARCHAR"),
            new Col("UserType", "VARCHAR"), new Col("ClientIP", "VARCHAR"), new Col("UserAgent", "VARCHAR"),
            new Col("ResultStatus", "VARCHAR"), new Col("OfficeObjectId", "VARCHAR"), new Col("SourceFileName", "VARCHAR"),
            new Col("Site_Url", "VARCHAR"), new Col("Parameters", "JSON"), new Col("OrganizationName", "VARCHAR"),
            new Col("ExternalAccess", "BOOLEAN"), new Col("OfficeId", "VARCHAR"));

    private static final String[][] APPS = {
        {"Office 365 Exchange Online", "00000002-0000-0ff1-ce00-000000000000", "Browser"},
        {"Microsoft Teams", "1fec8e78-bce4-4aaf-ab1b-5451cc387264", "Mobile Apps and Desktop clients"},
        {"Office 365 SharePoint Online", "00000003-0000-0ff1-ce00-000000000000", "Browser"},
        {"Microsoft Office", "d3590ed6-52b3-4102-aeff-aad2292ab01c", "Mobile Apps and Desktop clients"},
        {"Azure Portal", "c44b4083-3bb0-49c1-b47d-974e53cbdf3c", "Browser"},
    };
    private static final String BROWSER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
            + " Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0";
    private static final String ATTACKER_AGENT = "Mozilla/5.0 (X11; Linux x86_64; rv:109.0) Gecko/20100101 Firefox/115.0";
    private static final String[] DOCUMENTS = {"Quarterly review.docx", "Budget FY25.xlsx", "Onboarding.pptx",
        "Supplier list.xlsx", "Roadmap.docx", "Team photo.jpg", "Minutes 2024-05.docx"};

    private final Organisation org;
    private final Story story;
    private final SampleOptions options;
    private final SplittableRandom random;
    private final TableSink signins;
    private final TableSink office;

    CloudActivity(Connection db, Organisation org, Story story, SampleOptions options, SplittableRandom random)
            throws SQLException {
        this.org = org;
        this.story = story;
        this.options = options;
        this.random = random;
        this.signins = new TableSink(db, SIGNIN_LOGS, SIGNIN_COLUMNS);
        this.office = new TableSink(db, OFFICE_ACTIVITY, OFFICE_COLUMNS);
    }

    List<TableSink> sinks() {
        return List.of(signins, office);
    }

    void write() throws SQLException {
        for (int d = 0; d < SampleOptions.DAYS; d++) {
            LocalDate day = options.firstDay().plusDays(d);
            Instant morning = day.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(7 * 3600);
            for (User user : org.users) {
                int count = 4 + random.nextInt(8);
                for (int i = 0; i < count; i++) {
                    boolean home = random.nextInt(6) == 0;
                    String ip = home ? user.homeIp() : Organisation.OFFICE_EGRESS_IP;
                    Instant when = morning.plusSeconds(random.nextInt(11 * 3600));
                    boolean typo = random.nextInt(40) == 0;
                    signin(when, user, APPS[random.nextInt(APPS.length)], ip, typo ? "50126" : "0", "Seattle",
                            "Washington", "US", 47.6, -122.3, BROWSER, "none");
                    if (!typo) {
                        officeActivity(when.plusSeconds(30 + random.nextInt(900)), user, ip, BROWSER);
                    }
                }
            }
        }
        writeStory();
        signins.close();
        office.close();
    }

    private void writeStory() {
        Instant t = story.sprayStart();
        int attempt = 0;
        while (t.isBefore(story.sprayEnd())) {
            User target = org.users.get(attempt % org.users.size());
            signin(t, target, APPS[0], Story.SPRAY_IP, "50126", "Amsterdam", "Noord-Holland", "NL", 52.37, 4.89,
                    "python-requests/2.31.0", "none");
            t = t.plusSeconds(20 + random.nextInt(40));
            attempt++;
        }
        User megan = org.user("MeganB");
        signin(story.maliciousSignIn(), megan, APPS[0], Story.ATTACKER_IP, "0", "Bucharest", "Bucuresti", "RO",
                44.43, 26.1, ATTACKER_AGENT, "medium");
        signin(story.maliciousSignIn().plusSeconds(95), megan, APPS[2], Story.ATTACKER_IP, "0", "Bucharest",
                "Bucuresti", "RO", 44.43, 26.1, ATTACKER_AGENT, "medium");
        Instant o = story.maliciousSignIn().plusSeconds(40);
        office.row(Organisation.TENANT_ID, o, "AzureActiveDirectoryStsLogon", "UserLoggedIn", "AzureActiveDirectory",
                megan.upn(), "Regular", Story.ATTACKER_IP, ATTACKER_AGENT, "Succeeded", null, null, null, null,
                "contoso.onmicrosoft.com", false, uuid());
        office.row(Organisation.TENANT_ID, o.plusSeconds(70), "ExchangeAdmin", "New-InboxRule", "Exchange",
                megan.upn(), "Regular", Story.ATTACKER_IP, ATTACKER_AGENT, "True", "MeganB\\.", null, null,
                Json.of(List.of(Json.obj("Name", "Name", "Value", "."),
                        Json.obj("Name", "SubjectOrBodyContainsWords", "Value", "invoice;payment;security"),
                        Json.obj("Name", "MoveToFolder", "Value", "RSS Subscriptions"),
                        Json.obj("Name", "MarkAsRead", "Value", "True"))),
                "contoso.onmicrosoft.com", false, uuid());
        for (int i = 0; i < 25; i++) {
            office.row(Organisation.TENANT_ID, o.plusSeconds(100 + i * 17L), "ExchangeItem", "MailItemsAccessed",
                    "Exchange", megan.upn(), "Regular", Story.ATTACKER_IP, ATTACKER_AGENT, "Succeeded",
                    "<" + uuid() + "@contoso.com>", null, null, null, "contoso.onmicrosoft.com", false, uuid());
        }
        for (String file : new String[] {"Payroll 2024.xlsx", "Bank details.xlsx", "Board minutes.docx"}) {
            String url = "https://contoso.sharepoint.com/sites/Finance/Shared Documents/" + file;
            office.row(Organisation.TENANT_ID, o.plusSeconds(600 + random.nextInt(300)), "SharePointFileOperation",
                    "FileDownloaded", "SharePoint", megan.upn(), "Regular", Story.ATTACKER_IP, ATTACKER_AGENT,
                    "Succeeded", url, file, "https://contoso.sharepoint.com/sites/Finance/", null,
                    "contoso.onmicrosoft.com", false, uuid());
        }
    }

    private void signin(Instant when, User user, String[] app, String ip, String resultType, String city, String state,
            String country, double lat, double lon, String agent, String risk) {
        boolean ok = resultType.equals("0");
        signins.row(Organisation.TENANT_ID, when, "Sign-in activity", "SignInLogs", resultType,
                ok ? null : "Invalid username or password or Invalid on-premise username or password.",
                user.upn(), user.displayName(), user.objectId(), app[0], app[1], app[0], app[2], ip, country,
                Json.of(Json.obj("city", city, "state", state, "countryOrRegion", country,
                        "geoCoordinates", Json.obj("latitude", lat, "longitude", lon))),
                Json.of(Json.obj("deviceId", "", "operatingSystem", agent.contains("Linux") || agent.startsWith("python")
                        ? "Linux" : "Windows 10", "browser", agent.startsWith("python") ? "Python Requests" : "Edge 124.0.0")),
                Json.of(Json.obj("errorCode", Integer.parseInt(resultType),
                        "failureReason", ok ? "Other." : "Invalid username or password or Invalid on-premise username or password.")),
                ok ? "success" : "notApplied", "singleFactorAuthentication", risk, risk.equals("none") ? "none" : "atRisk",
                true, agent, uuid(), uuid());
    }

    private void officeActivity(Instant when, User user, String ip, String agent) {
        int kind = random.nextInt(4);
        String doc = DOCUMENTS[random.nextInt(DOCUMENTS.length)];
        String site = "https://contoso-my.sharepoint.com/personal/" + user.sam().toLowerCase(java.util.Locale.ROOT)
                + "_contoso_com/";
        switch (kind) {
            case 0 -> office.row(Organisation.TENANT_ID, when, "ExchangeItem", "Send", "Exchange", user.upn(), "Regular",
                    ip, agent, "Succeeded", "<" + uuid() + "@contoso.com>", null, null, null,
                    "contoso.onmicrosoft.com", false, uuid());
            case 1 -> office.row(Organisation.TENANT_ID, when, "ExchangeItem", "MailItemsAccessed", "Exchange",
                    user.upn(), "Regular", ip, agent, "Succeeded", "<" + uuid() + "@contoso.com>", null, null, null,
                    "contoso.onmicrosoft.com", false, uuid());
            default -> office.row(Organisation.TENANT_ID, when, "SharePointFileOperation",
                    kind == 2 ? "FileAccessed" : "FileModified", "OneDrive", user.upn(), "Regular", ip, agent,
                    "Succeeded", site + "Documents/" + doc, doc, site, null, "contoso.onmicrosoft.com", false, uuid());
        }
    }

    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }
}
