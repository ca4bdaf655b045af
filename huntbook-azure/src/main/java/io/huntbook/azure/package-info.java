/**
 * Microsoft's cloud: Sentinel incidents and API, Log Analytics/Kusto/Defender/Graph query drivers, Key Vault secrets and Blob storage. The only module that carries Azure SDKs.
 */
@NullMarked
package io.huntbook.azure;

import org.jspecify.annotations.NullMarked;
