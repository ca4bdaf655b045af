package io.huntbook.core.config;

import java.util.Optional;

/**
 * A Microsoft Sentinel workspace from the {@code AzureSentinel.Workspaces} (or {@code MSSentinel.Workspaces}) section.
 * The entry named {@code Default} is the workspace used when none is named.
 */
public record Workspace(String name, String workspaceId, String tenantId, Optional<String> subscriptionId,
        Optional<String> resourceGroup, Optional<String> workspaceName, ConfigMap settings) {

    static Workspace of(String name, ConfigMap map) {
        return new Workspace(name, map.requireString("WorkspaceId"), map.requireString("TenantId"),
                map.string("SubscriptionId"), map.string("ResourceGroup"), map.string("WorkspaceName"), map);
    }
}
