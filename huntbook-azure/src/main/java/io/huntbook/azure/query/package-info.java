/**
 * Query providers for Microsoft's clouds: Microsoft Sentinel / Log Analytics (one or several workspaces), Azure Data
 * Explorer (Kusto REST v2 or v1) and Defender XDR through Microsoft Graph's {@code runHuntingQuery}, with tokens from
 * the Azure credential chain (azure-identity) and every endpoint configurable (sovereign clouds, proxies, tests).
 */
@NullMarked
package io.huntbook.azure.query;

import org.jspecify.annotations.NullMarked;
