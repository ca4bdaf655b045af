package io.huntbook.azure.incidents;

import io.huntbook.core.BadInputException;
import io.huntbook.core.config.Workspace;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The Azure resource of a Sentinel workspace: subscription, resource group and Log Analytics workspace name. */
public record SentinelWorkspace(String subscriptionId, String resourceGroup, String workspaceName) {
    public SentinelWorkspace {
        if (subscriptionId.isBlank() || resourceGroup.isBlank() || workspaceName.isBlank()) {
            throw new BadInputException("a Sentinel workspace needs SubscriptionId, ResourceGroup and WorkspaceName");
        }
    }

    /** From a configured workspace, which must name its subscription, resource group and workspace name. */
    public static SentinelWorkspace of(Workspace workspace) {
        String missing = workspace.subscriptionId().isEmpty() ? "SubscriptionId"
                : workspace.resourceGroup().isEmpty() ? "ResourceGroup"
                : workspace.workspaceName().isEmpty() ? "WorkspaceName" : null;
        if (missing != null) {
            throw new BadInputException("Sentinel workspace " + workspace.name() + ": add " + missing
                    + " to create incidents there");
        }
        return new SentinelWorkspace(workspace.subscriptionId().get(), workspace.resourceGroup().get(),
                workspace.workspaceName().get());
    }

    /** {@code /subscriptions/.../workspaces/{name}/providers/Microsoft.SecurityInsights}, each part escaped. */
    String providerPath() {
        return "/subscriptions/" + escape(subscriptionId) + "/resourceGroups/" + escape(resourceGroup)
                + "/providers/Microsoft.OperationalInsights/workspaces/" + escape(workspaceName)
                + "/providers/Microsoft.SecurityInsights";
    }

    static String escape(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
