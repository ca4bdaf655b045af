package io.huntbook.azure.query;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.huntbook.azure.auth.AzureCloud;
import io.huntbook.azure.auth.AzureCredentials;
import io.huntbook.core.BadInputException;
import io.huntbook.core.config.HuntbookConfig;
import io.huntbook.core.config.Workspace;
import io.huntbook.data.QueryProvider;
import io.huntbook.data.QueryProviderFactory;
import io.huntbook.data.http.ProviderArgs;
import io.huntbook.data.http.RestClient;
import io.huntbook.data.http.Sleeper;
import io.huntbook.data.catalog.QueryCatalog;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The Microsoft query providers, made from the configuration:
 * <ul>
 *   <li>{@code MSSentinel} (Log Analytics): the workspaces of {@code MSSentinel.Workspaces} ({@code workspace=NAME[,NAME]},
 *   default {@code Default}), or {@code workspace_id=GUID[,GUID]}; several workspaces are one cross-workspace query;
 *   settings under {@code DataProviders.MSSentinel.Args}.</li>
 *   <li>{@code Kusto} (Azure Data Explorer): {@code Cluster} and {@code Database} under {@code DataProviders.Kusto.Args}
 *   (or {@code --provider-arg}), REST v2 ({@code ApiVersion: v1} for the v1 endpoint).</li>
 *   <li>{@code MDE}, {@code M365D}, {@code M365DGraph} (Defender XDR): Graph's {@code runHuntingQuery}, settings under
 *   {@code DataProviders.MicrosoftDefender.Args}.</li>
 * </ul>
 * Each takes {@code Endpoint} (the service's base address: sovereign clouds, proxies, tests), {@code AuthorityHost},
 * {@code Cloud} (else {@code Azure.cloud}), the credential settings of {@link AzureCredentials} and the HTTP settings.
 */
public final class AzureQueryProviders implements QueryProviderFactory {
    private static final Pattern GUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final Sleeper sleeper;

    public AzureQueryProviders() {
        this(Sleeper.REAL);
    }

    AzureQueryProviders(Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    @Override
    public List<String> environments() {
        return List.of("MSSentinel", "Kusto", "MDE", "M365D", "M365DGraph");
    }

    @Override
    public QueryProvider create(String environment, HuntbookConfig config, Map<String, String> args) {
        String env = QueryCatalog.canonicalEnvironment(environment);
        return switch (env) {
            case "MSSentinel" -> logAnalytics(config, args);
            case "Kusto" -> kusto(config, args);
            case "MDE", "M365D", "M365DGraph" -> defender(env, config, args);
            default -> throw new BadInputException("no Microsoft query provider for " + environment);
        };
    }

    AzureQueryProvider logAnalytics(HuntbookConfig config, Map<String, String> overrides) {
        ProviderArgs args = ProviderArgs.of(config, "MSSentinel", List.of("MSSentinel", "AzureSentinel", "LogAnalytics"),
                overrides);
        List<String> ids = new ArrayList<>();
        Optional<String> tenant = Optional.empty();
        Optional<String> explicit = args.text("workspace_id");
        if (explicit.isPresent()) {
            for (String id : explicit.get().split(",")) {
                ids.add(guid(id.strip(), "workspace_id"));
            }
        } else {
            for (Workspace ws : workspaces(config, args.text("workspace"))) {
                ids.add(guid(ws.workspaceId().strip(), "MSSentinel.Workspaces." + ws.name() + ".WorkspaceId"));
                tenant = tenant.or(() -> Optional.of(ws.tenantId()));
            }
        }
        AzureCloud cloud = AzureCloud.of(config, args);
        URI endpoint = args.endpoint("Endpoint").orElseGet(cloud::logAnalytics);
        URI uri = URI.create(endpoint + "/v1/workspaces/" + ids.get(0) + "/query");
        List<String> others = ids.subList(1, ids.size());
        String part = ids.size() == 1 ? "workspace " + ids.get(0) : "workspaces " + String.join(",", ids);
        return new AzureQueryProvider("MSSentinel", client("Log Analytics", args), uri, scope(args, endpoint),
                AzureCredentials.create(config, args, tenant), query -> {
                    ObjectNode body = JsonNodeFactory.instance.objectNode().put("query", query);
                    if (!others.isEmpty()) {
                        ArrayNode list = body.putArray("workspaces");
                        others.forEach(list::add);
                    }
                    return body;
                }, Map.of(), in -> ResultReaders.logAnalytics(in, part));
    }

    AzureQueryProvider kusto(HuntbookConfig config, Map<String, String> overrides) {
        List<String> entries = new ArrayList<>();
        Optional.ofNullable(overrides.get("entry")).ifPresent(entries::add);
        entries.addAll(List.of("Kusto", "AzureDataExplorer"));
        ProviderArgs args = ProviderArgs.of(config, "Kusto", entries, overrides);
        URI cluster = args.endpoint("Cluster").orElseThrow(() -> new BadInputException("Kusto needs Cluster: add it "
                + "under DataProviders.Kusto.Args (e.g. Cluster: https://mycluster.westeurope.kusto.windows.net) or "
                + "pass --provider-arg Cluster=https://..."));
        String database = args.require("Database", "SecurityLogs");
        String version = args.text("ApiVersion").orElse("v2").toLowerCase(Locale.ROOT);
        if (!version.equals("v1") && !version.equals("v2")) {
            throw new BadInputException("Kusto ApiVersion '" + version + "' is unknown: use v2 (default) or v1");
        }
        URI uri = URI.create(cluster + "/" + version + "/rest/query");
        return new AzureQueryProvider("Kusto", client("Azure Data Explorer", args), uri, scope(args, cluster),
                AzureCredentials.create(config, args, Optional.empty()),
                query -> JsonNodeFactory.instance.objectNode().put("db", database).put("csl", query),
                Map.of("x-ms-app", "Huntbook", "x-ms-client-request-id", "Huntbook.Query;" + UUID.randomUUID()),
                in -> ResultReaders.kusto(in, "database " + database));
    }

    AzureQueryProvider defender(String environment, HuntbookConfig config, Map<String, String> overrides) {
        ProviderArgs args = ProviderArgs.of(config, environment, List.of("MicrosoftDefender", environment, "M365D",
                "MDE", "MSGraph"), overrides);
        AzureCloud cloud = AzureCloud.of(config, args);
        URI endpoint = args.endpoint("Endpoint").orElseGet(cloud::graph);
        URI uri = URI.create(endpoint + "/v1.0/security/runHuntingQuery");
        return new AzureQueryProvider(environment, client("Microsoft Graph", args), uri, scope(args, endpoint),
                AzureCredentials.create(config, args, Optional.empty()),
                query -> JsonNodeFactory.instance.objectNode().put("Query", query), Map.of(),
                ResultReaders::graphHunting);
    }

    private RestClient client(String service, ProviderArgs args) {
        return RestClient.create(service, args.http()).withSleeper(sleeper);
    }

    /** The token scope: {@code Scope} when given, else the service's address with {@code /.default}. */
    private static String scope(ProviderArgs args, URI endpoint) {
        return args.text("Scope").orElse(endpoint + "/.default");
    }

    private static List<Workspace> workspaces(HuntbookConfig config, Optional<String> names) {
        Map<String, Workspace> all = config.workspaces();
        if (names.isEmpty()) {
            if (all.containsKey("Default")) {
                return List.of(all.get("Default"));
            }
            if (all.size() == 1) {
                return List.copyOf(all.values());
            }
            throw new BadInputException(all.isEmpty()
                    ? "MSSentinel needs a workspace: add MSSentinel.Workspaces.Default (WorkspaceId, TenantId) to the "
                    + "configuration, or pass --provider-arg workspace_id=GUID"
                    : "several workspaces are configured and none is named Default: pass --provider-arg workspace=NAME "
                    + "(one of " + String.join(", ", all.keySet()) + ")");
        }
        List<Workspace> out = new ArrayList<>();
        for (String name : names.get().split(",")) {
            Workspace ws = all.get(name.strip());
            if (ws == null) {
                throw new BadInputException("no workspace " + name.strip() + " in MSSentinel.Workspaces; configured: "
                        + (all.isEmpty() ? "none" : String.join(", ", all.keySet())));
            }
            out.add(ws);
        }
        return out;
    }

    /** Workspace ids go into the address: only a GUID is accepted, so no id can change the path. */
    private static String guid(String id, String where) {
        if (!GUID.matcher(id).matches()) {
            throw new BadInputException(where + " '" + id + "' is not a GUID: copy the Workspace ID from the Log "
                    + "Analytics workspace overview");
        }
        return id;
    }
}
