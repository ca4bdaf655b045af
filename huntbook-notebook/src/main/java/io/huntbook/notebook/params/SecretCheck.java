package io.huntbook.notebook.params;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds parameters that look like secrets: a name such as {@code password}, {@code api_token} or {@code clientSecret}
 * with a text value, or a value in a known key format (cloud access keys, tokens, private keys, JWTs). Secrets belong
 * in the configuration, read with {@code secret("name")} inside the notebook, never in parameters, which are
 * written into the output notebook. The messages never contain the value.
 */
public final class SecretCheck {
    private SecretCheck() {}

    private static final Set<String> SECRET_WORDS = Set.of("password", "passwd", "pwd", "passphrase", "token",
            "secret", "key", "apikey", "credential", "credentials", "creds", "bearer", "privatekey", "sas",
            "connectionstring");

    private static final Pattern KEY_FORMATS = Pattern.compile(String.join("|",
            "AKIA[0-9A-Z]{16}",                               // AWS access key id
            "ASIA[0-9A-Z]{16}",                               // AWS temporary access key id
            "gh[pousr]_[A-Za-z0-9]{36,}",                     // GitHub tokens
            "github_pat_[A-Za-z0-9_]{22,}",                   // GitHub fine-grained token
            "xox[abposr]-[A-Za-z0-9-]{10,}",                  // Slack tokens
            "AIza[0-9A-Za-z_-]{35}",                          // Google API key
            "(?:sk|rk)_live_[0-9A-Za-z]{16,}",                // Stripe keys
            "sk-[A-Za-z0-9_-]{20,}",                          // OpenAI-style keys
            "-----BEGIN [A-Z ]*PRIVATE KEY-----",             // PEM private keys
            "eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]*", // JWT
            "AccountKey=[A-Za-z0-9+/=]{20,}",                 // Azure storage connection string
            "SharedAccessSignature=|[?&]sig=[A-Za-z0-9%+/=]{20,}")); // Azure SAS

    /**
     * One line per secret-looking parameter, saying what to do, except the names in {@code allowed} (the
     * template's {@code huntbook.allow_secret}).
     */
    public static List<String> findings(Map<String, ?> values, Set<String> allowed) {
        List<String> findings = new ArrayList<>();
        values.forEach((name, supplied) -> {
            if (allowed.contains(name)) {
                return;
            }
            Object value = supplied instanceof SuppliedValue s ? s.value() : supplied;
            String why = null;
            if (containsKeyFormat(value)) {
                why = "its value is in the format of a key or token";
            } else if (isSecretName(name) && value instanceof String text && !text.isEmpty()) {
                why = "its name says it is a secret";
            }
            if (why != null) {
                findings.add("parameter '" + name + "' looks like a secret (" + why + "): parameters are written into"
                        + " the output notebook; read secrets with secret(\"name\") from the configuration instead,"
                        + " or allow it with \"huntbook\": {\"allow_secret\": [\"" + name + "\"]} in the metadata"
                        + " of the parameters cell");
            }
        });
        return findings;
    }

    /**
     * Whether a name has a secret word among its parts ({@code api_token}, {@code clientSecret}, {@code db-password}).
     * Public because the HTML report masks such parameters with the same rule.
     */
    public static boolean isSecretName(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        String[] parts = spaced.split("[^a-z0-9]+");
        for (String part : parts) {
            if (SECRET_WORDS.contains(part)) {
                return true;
            }
        }
        String joined = String.join("", parts);
        return joined.endsWith("password") || joined.endsWith("apikey") || joined.endsWith("secret")
                || joined.endsWith("token");
    }

    /**
     * Whether a value (a string, or a list or map holding strings) contains text in a known key or token format.
     * Public because the HTML report masks such parameters with the same rule.
     */
    public static boolean containsKeyFormat(@Nullable Object value) {
        return switch (value) {
            case String s -> KEY_FORMATS.matcher(s).find();
            case List<?> list -> list.stream().anyMatch(SecretCheck::containsKeyFormat);
            case Map<?, ?> map -> map.values().stream().anyMatch(SecretCheck::containsKeyFormat);
            case null, default -> false;
        };
    }
}
