// %% [markdown]
// # Alert triage
// One alert of the sample data (one run per alert): its entities and the indicators in them, each looked up in threat
// intelligence, and a verdict, glued as `verdict`. Glues `finding` when an indicator of the alert is known to be
// malicious.

// %% tags=["parameters"]
String alertId = "";
// The sample-data folder; empty means sample/ under $HUNTBOOK_HOME (default ~/.huntbook).
String sampleFolder = "";

// %%
import io.huntbook.analysis.ioc.IocExtractor;
import io.huntbook.data.sample.SampleData;
import io.huntbook.enrich.ti.LocalListProvider;
import io.huntbook.enrich.ti.LookupResult;
import io.huntbook.enrich.ti.TiLookup;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

var sample = SampleData.open(sampleFolder.isEmpty() ? SampleData.defaultFolder() : Path.of(sampleFolder))
        .orElseThrow(() -> new IllegalStateException("no sample data: run `huntbook sample-data` first"));
var alerts = sample.localData().query("SELECT TimeGenerated, AlertName, AlertSeverity, Status, CompromisedEntity,"
        + " Description, CAST(Entities AS VARCHAR) AS Entities, CAST(ExtendedProperties AS VARCHAR) AS Extended"
        + " FROM SecurityAlert WHERE SystemAlertId = {id}", Map.of("id", alertId));
if (alerts.height() != 1) {
    throw new IllegalArgumentException("no alert with SystemAlertId " + alertId + " in the sample data");
}
String alertName = (String) alerts.getColumn("AlertName").get(0);
String alertSeverity = (String) alerts.getColumn("AlertSeverity").get(0);
md("## " + alertName + " (" + alertSeverity + ", " + alerts.getColumn("Status").get(0) + ")\n\n"
        + alerts.getColumn("Description").get(0));
display(alerts.cols("TimeGenerated", "AlertName", "AlertSeverity", "Status", "CompromisedEntity").select());

// %%
// Indicators in the alert's entities and extended properties.
String evidence = alerts.getColumn("Entities").get(0) + "\n" + alerts.getColumn("Extended").get(0);
Map<String, Set<String>> iocs = IocExtractor.builder().build().extract(evidence);
Set<String> lookupTypes = Set.of("ipv4", "ipv6", "dns", "url", "md5_hash", "sha1_hash", "sha256_hash");
Set<String> observables = new TreeSet<>();
iocs.forEach((type, values) -> { if (lookupTypes.contains(type)) observables.addAll(values); });
md("**Indicators:** " + (observables.isEmpty() ? "none" : String.join(", ", observables)));
// The alert's entities as Sentinel lists them (accounts, hosts, IPs...), one row per entity.
var entityList = new ArrayList<Map<String, Object>>();
new com.fasterxml.jackson.databind.ObjectMapper().readTree(String.valueOf(alerts.getColumn("Entities").get(0)))
        .forEach(e -> entityList.add(Map.of("Type", e.path("Type").asText(""), "Entity", e.toString())));
glue("entities", entityList);

// %%
var intel = TiLookup.builder()
        .primary(LocalListProvider.of("SampleIntel", List.of(sample.threatIntelCsv())))
        .build();
List<LookupResult> results = new ArrayList<>();
for (String observable : observables) {
    results.addAll(intel.lookup(observable));
}
var malicious = results.stream().filter(LookupResult::result).toList();
if (!results.isEmpty()) {
    display(LookupResult.toFrame(results).cols("Ioc", "IocType", "Provider", "Result", "Severity", "Details").select());
}

// %%
String verdict = malicious.isEmpty() ? "no known-malicious indicator" : "true positive";
md("## Verdict: " + verdict);
glue("verdict", verdict);
glue("indicators", new ArrayList<>(observables));
if (!malicious.isEmpty()) {
    glue("finding", true);
    glue("finding_title", alertName + ": " + malicious.size() + " known-malicious indicator(s)");
    glue("finding_desc", "Alert " + alertId + " (" + alertName + ") involves " + malicious.stream()
            .map(LookupResult::ioc).distinct().toList() + ", listed in threat intelligence.");
    glue("severity", alertSeverity.toLowerCase());
} else {
    glue("finding", false);
}
