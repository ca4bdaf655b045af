package io.huntbook.cli;

import io.huntbook.azure.incidents.AccessTokens;
import io.huntbook.azure.incidents.SentinelException;
import io.huntbook.azure.incidents.SentinelFindings;
import io.huntbook.azure.incidents.SentinelIncidents;
import io.huntbook.azure.incidents.SentinelWorkspace;
import io.huntbook.core.BadInputException;
import io.huntbook.core.config.ConfigMap;
import io.huntbook.core.config.HuntbookConfig;
import io.huntbook.core.config.Workspace;
import io.huntbook.server.incident.IncidentEvent;
import io.huntbook.server.incident.IncidentSink;
import io.huntbook.server.incident.IncidentSinkException;
import io.huntbook.server.incident.IncidentSinkSettings;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

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
     * Resource Manager), {@code ApiVersion}, and a credential: {@code ClientId} + {@code ClientSecret} (a reference;
     * {@code TenantId} defaults to the workspace's, {@code Authority} to Entra ID's public endpoint) or
     * {@code ManagedIdentity: true}.
     */
    static IncidentSinkSettings.Factory factory(Clock clock) {
        return (name, settings, window, config) -> {
            String where = "Huntbook.IncidentSinks." + name;
            String workspaceName = settings.string("Workspace").orElse("Default");
            Workspace workspace = config.workspace(workspaceName).orElseThrow(() -> new BadInputException(where
                    + ": no workspace " + workspaceName + " under MSSentinel.Workspaces; add it or set Workspace:"));
            SentinelIncidents client = SentinelIncidents.builder()
                    .endpoint(uri(settings.string("Endpoint").orElse(SentinelIncidents.PUBLIC_CLOUD.toString()),
                            where + ".Endpoint"))
                    .apiVersion(settings.string("ApiVersion").orElse(SentinelIncidents.API_VERSION))
                    .workspace(SentinelWorkspace.of(workspace))
                    .tokens(tokens(settings, workspace, config, where))
                    .build();
            return new SentinelIncidentSink(name, window, new SentinelFindings(client), clock);
        };
    }

    private static AccessTokens tokens(ConfigMap settings, Workspace workspace, HuntbookConfig config, String where) {
        if (settings.string("ClientId").isPresent()) {
            var secret = settings.secret("ClientSecret", config.secretContext()).orElseThrow(() ->
                    new BadInputException(where + ": add ClientSecret: {EnvironmentVar: NAME} next to ClientId"));
            return AccessTokens.clientSecret(uri(settings.string("Authority").orElse(
                            AccessTokens.PUBLIC_AUTHORITY.toString()), where + ".Authority"),
                    settings.string("TenantId").orElse(workspace.tenantId()), settings.string("ClientId").get(),
                    secret, settings.string("Scope").orElse(AccessTokens.MANAGEMENT_SCOPE));
        }
        if (settings.bool("ManagedIdentity", false)) {
            return AccessTokens.managedIdentity(uri(settings.string("MetadataEndpoint")
                    .orElse("http://169.254.169.254"), where + ".MetadataEndpoint"), "https://management.azure.com/");
        }
        throw new BadInputException(where + ": add a credential: ClientId and ClientSecret: {EnvironmentVar: NAME},"
                + " or ManagedIdentity: true");
    }

    private static URI uri(String text, String where) {
        try {
            URI uri = URI.create(text.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("no scheme or host");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new BadInputException(where + ": '" + text + "' is not a URL (" + e.getMessage() + ")");
        }
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
