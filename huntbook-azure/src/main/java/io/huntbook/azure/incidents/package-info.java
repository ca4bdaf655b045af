/**
 * Microsoft Sentinel incidents over the Azure Resource Manager REST API
 * ({@code .../providers/Microsoft.SecurityInsights/incidents/{id}}): create, read, update with the etag, and
 * comments, with retries for throttling (429 and its Retry-After) and server errors, over the JDK's HttpClient.
 */
@NullMarked
package io.huntbook.azure.incidents;

import org.jspecify.annotations.NullMarked;
