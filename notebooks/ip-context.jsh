// %% [markdown]
// # IP context
// What the sample data saw of one IP address (sign-ins, logons, network flows), where it is (GeoIP, when a MaxMind
// database is installed) and what threat intelligence says about it. Glues `finding` when the address is known to be
// malicious, with `finding_title`, `finding_desc` and `severity`.

// %% tags=["parameters"]
String ipAddress = "203.0.113.66";
// The sample-data folder; empty means sample/ under $HUNTBOOK_HOME (default ~/.huntbook).
String sampleFolder = "";

// %%
import io.huntbook.data.sample.SampleData;
import io.huntbook.enrich.ti.LocalListProvider;
import io.huntbook.enrich.ti.LookupResult;
import io.huntbook.enrich.ti.TiLookup;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

var sample = SampleData.open(sampleFolder.isEmpty() ? SampleData.defaultFolder() : Path.of(sampleFolder))
        .orElseThrow(() -> new IllegalStateException("no sample data: run `huntbook sample-data` first"));
var data = sample.localData();
var ip = Map.of("ip", ipAddress);
md("## Activity of `" + ipAddress + "`");

// %%
var signins = data.query("SELECT TimeGenerated, UserPrincipalName, ResultType, Location, AppDisplayName"
        + " FROM SigninLogs WHERE IPAddress = {ip} ORDER BY TimeGenerated", ip);
md("**Entra ID sign-ins:** " + signins.height());
display(signins.head(10));

// %%
var logons = data.query("SELECT TimeGenerated, Computer, EventID, Account, LogonType FROM SecurityEvent"
        + " WHERE IpAddress = {ip} AND EventID IN (4624, 4625) ORDER BY TimeGenerated", ip);
md("**Windows logons (4624/4625):** " + logons.height());
display(logons.head(10));

// %%
import io.huntbook.viz.Charts;

// One timeline of everything the address did: sign-ins and logons as two data sets, one row each.
if (signins.height() + logons.height() > 0) {
    display(Charts.timeline("sign-ins", signins).overlay("logons", logons)
            .tooltip("UserPrincipalName", "ResultType", "AppDisplayName", "Computer", "Account", "EventID")
            .title("Activity of " + ipAddress));
}

// %%
var flows = data.query("SELECT count(*) AS Flows, min(FlowStartTime_t) AS FirstSeen, max(FlowStartTime_t) AS LastSeen,"
        + " string_agg(DISTINCT VM_s, ', ') AS Hosts FROM AzureNetworkAnalytics_CL"
        + " WHERE SrcIP_s = {ip} OR DestIP_s = {ip} OR PublicIPs_s LIKE '%{ip}%'", ip);
long flowCount = ((Number) flows.getColumn("Flows").get(0)).longValue();
md("**Network flows:** " + flowCount);
display(flows);

// %%
// GeoIP: the MaxMind database named under OtherProviders.GeoIPLite, or the one in $HUNTBOOK_HOME/geoip. A fresh
// install has none; the notebook then says how to add one instead of failing.
String place = "an unknown location";
try {
    var geo = hb.geoip();
    var where = geo.lookup(ipAddress);
    if (where.found()) {
        place = java.util.stream.Stream.of(where.city(), where.countryOrRegionName(),
                        where.asnOrganization() == null ? null : "AS" + where.asn() + " " + where.asnOrganization())
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining(", "));
    }
    md("## Location\n`" + ipAddress + "`: " + place);
    display(geo.lookup(List.of(ipAddress)));
} catch (io.huntbook.core.BadInputException e) {
    md("## Location\nGeoIP is not set up: " + e.getMessage());
}
glue("location", place);

// %%
var intel = TiLookup.builder()
        .primary(LocalListProvider.of("SampleIntel", List.of(sample.threatIntelCsv())))
        .build();
List<LookupResult> verdicts = intel.lookup(ipAddress);
var known = verdicts.stream().filter(LookupResult::result).toList();
md("## Threat intelligence\n" + (known.isEmpty() ? "`" + ipAddress + "` is in no threat list."
        : "`" + ipAddress + "` is listed: " + known.get(0).details().path("Description").asText()));
display(LookupResult.toFrame(verdicts).cols("Ioc", "IocType", "Provider", "Result", "Severity", "Details").select());

// %%
long activity = signins.height() + logons.height() + flowCount;
glue("activity", activity);
if (!known.isEmpty()) {
    String severity = LookupResult.maxSeverity(known).toString();
    glue("finding", true);
    glue("finding_title", "Malicious IP " + ipAddress + " active in the environment");
    glue("finding_desc", ipAddress + " (" + place + ") is listed in threat intelligence ("
            + known.get(0).details().path("Description").asText() + ") and was seen in " + signins.height()
            + " sign-ins, " + logons.height() + " logons and " + flowCount + " network flows.");
    glue("severity", severity);
} else {
    glue("finding", false);
}
