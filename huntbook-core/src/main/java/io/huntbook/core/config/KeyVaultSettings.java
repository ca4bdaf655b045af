package io.huntbook.core.config;

import java.util.Optional;

/** The {@code KeyVault} section: the default vault, its tenant and authority, as MSTICPy names them. */
public record KeyVaultSettings(Optional<String> vaultName, Optional<String> tenantId, Optional<String> subscriptionId,
        Optional<String> resourceGroup, Optional<String> authority, boolean useKeyring, ConfigMap settings) {

    static KeyVaultSettings of(ConfigMap map) {
        return new KeyVaultSettings(map.string("VaultName"), map.string("TenantId"), map.string("SubscriptionId"),
                map.string("ResourceGroup"), map.string("Authority"), map.bool("UseKeyring", true), map);
    }
}
