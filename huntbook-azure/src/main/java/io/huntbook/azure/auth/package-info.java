/**
 * Signing in to Microsoft Entra ID, shared by every Azure client of the module (query providers, the Sentinel
 * incident sink): the azure-identity credential chain built from the configuration ({@code Azure.auth_methods},
 * {@code Azure.cloud}, a client's {@code ClientId}/{@code ClientSecret}/{@code Certificate}/{@code TenantId} or a
 * ready {@code AccessToken}), the clouds' endpoints, and tokens cached per scope.
 */
@NullMarked
package io.huntbook.azure.auth;

import org.jspecify.annotations.NullMarked;
