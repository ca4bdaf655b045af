package io.huntbook.cli;

import io.huntbook.azure.auth.AzureCredentials;
import io.huntbook.azure.incidents.SentinelException;
import io.huntbook.azure.incidents.SentinelFindings;
import io.huntbook.azure.incidents.SentinelIncidents;
import io.huntbook.azure.incidents.SentinelWorkspace;
import io.huntbook.core.BadInputException;
import io.huntbook.core.config.Workspace;
import io.huntbook.data.http.ProviderArgs;
import io.huntbook.server.incident.IncidentEvent;
import io.huntbook.server.incident.IncidentSink;
import io.huntbook.server.incident.IncidentSinkException;
import io.huntbook.server.incident.IncidentSinkSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The server's incident-sink SPI over huntbook-azure's Sentinel client. It lives here, where both modules meet, so
 * the server carries no vendor code and huntbook-azure does not depend on the server.
 */
final class SentinelIncidentSink implements IncidentSink {
    private final String name;
    private final Duration window;
    private final SentinelFindings findings;
    private final Clock clock;

    SentinelIncidentSink(String name, Duration window, SentinelFindings findings, Clock clock) {
        this.name = name;
        this.window = window;
        this.findings = findings;
        this.clock = clock;
    }

    /**
     * {@code Type: Sentinel}: {@code Workspace} (a name under {@code MSSentinel.Workspaces}, default {@code Default},
     * which must give SubscriptionId, ResourceGroup and WorkspaceName), {@code Endpoint} (default the public cloud's
     * Resource Manager), {@code ApiVersion}, {@code Scope} (default the endpoint's {@code /.default}), and the sign-in
     * settings every Azure client reads ({@link AzureCredentials}): {@code ClientId} + {@code ClientSecret} (a
     * reference) or {@code Certificate}, {@code TenantId} (default the workspace's), {@code ManagedIdentity: true},
     * {@code AccessToken}, {@code AuthorityHost}, {@code Cloud}; without them the {@code Azure.auth_methods} chain.
     */
    static IncidentSinkSettings.Factory factory(Clock clock) {
        return (name, settings, window, config) -> {
            String where = "Huntbook.IncidentSinks." + name;
            String workspaceName = settings.string("Workspace").orElse("Default");
            Workspace workspace = config.workspace(workspaceName).orElseThrow(() -> new BadInputException(where
                    + ": no workspace " + workspaceName + " under MSSentinel.Workspaces; add it or set Workspace:"));
            ProviderArgs args = ProviderArgs.of(where, settings, config.secretContext());
            SentinelIncidents.Builder client = SentinelIncidents.builder()
                    .endpoint(args.endpoint("Endpoint").orElse(SentinelIncidents.PUBLIC_CLOUD))
                    .apiVersion(args.text("ApiVersion").orElse(SentinelIncidents.API_VERSION))
                    .workspace(SentinelWorkspace.of(workspace))
                    .tokens(AzureCredentials.create(config, args, Optional.of(workspace.tenantId())));
            args.text("Scope").ifPresent(client::scope);
            return new SentinelIncidentSink(name, window, new SentinelFindings(client.build()), clock);
        };
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Duration dedupWindow() {
        return window;
    }

    @Override
    public Raised open(IncidentEvent event) {
        try {
            SentinelFindings.Opened opened = findings.open(event.title(), event.severity(),
                    event.descriptionWithLinks(), event.firstActivity(), event.labels());
            return new Raised(opened.id(), opened.link());
        } catch (SentinelException e) {
            throw new IncidentSinkException(e.getMessage(), e);
        }
    }

    @Override
    public boolean comment(String id, IncidentEvent event) {
        try {
            return findings.recur(id, "Huntbook found this again: run " + event.runId() + " of " + event.template()
                    + (event.report() != null ? "; report: " + event.report() : ""), clock.instant());
        } catch (SentinelException e) {
            throw new IncidentSinkException(e.getMessage(), e);
        }
    }
}
