package io.huntbook.core.config;

import io.huntbook.core.text.EditDistance;
import java.util.List;

/**
 * The names a configuration may use, as MSTICPy defines them. A module that adds a threat-intelligence provider adds
 * its name to {@link #TI_PROVIDERS}, so {@code config check} accepts it.
 */
public final class KnownNames {
    private KnownNames() {}

    /** MSTICPy's threat-intelligence provider names (its {@code TI_PROVIDERS}), the values of {@code Provider:}. */
    public static final List<String> TI_PROVIDERS = List.of("OTX", "VirusTotal", "XForce", "AzSTI", "GreyNoise",
            "IntSights", "OPR", "Tor", "RiskIQ", "Pulsedive", "AbuseIPDB", "IPQualityScore", "BinaryEdge", "CrowdSec",
            "Cyberint",
            // Vendors Huntbook adds to MSTICPy's list (huntbook-enrich's providers).
            "URLScan", "URLhaus", "ThreatFox", "MalwareBazaar", "MISP",
            // Huntbook's local threat lists (CSV, JSON or STIX 2.1 files), the offline default.
            "LocalList");

    /** Top-level sections MSTICPy and Huntbook read. Others are kept, with a warning in {@code config check}. */
    public static final List<String> SECTIONS = List.of("AzureSentinel", "MSSentinel", "Azure", "QueryDefinitions",
            "TIProviders", "OtherProviders", "DataProviders", "ContextProviders", "KeyVault", "UserDefaults",
            "AzureCLI", "Huntbook");

    /** The {@code Azure.cloud} values. */
    public static final List<String> AZURE_CLOUDS = List.of("global", "usgov", "cn", "de");

    /** The {@code Azure.auth_methods} values. */
    public static final List<String> AUTH_METHODS = List.of("env", "msi", "cli", "devicecode", "interactive", "vscode",
            "powershell", "clientsecret", "certificate", "cache");

    /** The names closest to {@code name} among {@code known} (a typo's likely meaning), best first. */
    static List<String> closest(String name, List<String> known) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return known.stream()
                .filter(k -> distance(lower, k.toLowerCase(java.util.Locale.ROOT)) <= Math.max(2, k.length() / 3))
                .sorted(java.util.Comparator.comparingInt(k -> distance(lower, k.toLowerCase(java.util.Locale.ROOT))))
                .toList();
    }

    static int distance(String a, String b) {
        return EditDistance.between(a, b);
    }
}
