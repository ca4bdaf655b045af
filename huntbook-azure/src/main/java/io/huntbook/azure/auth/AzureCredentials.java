package io.huntbook.azure.auth;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.identity.AzureCliCredentialBuilder;
import com.azure.identity.AzurePowerShellCredentialBuilder;
import com.azure.identity.ChainedTokenCredentialBuilder;
import com.azure.identity.ClientCertificateCredentialBuilder;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.azure.identity.DeviceCodeCredentialBuilder;
import com.azure.identity.EnvironmentCredentialBuilder;
import com.azure.identity.InteractiveBrowserCredentialBuilder;
import com.azure.identity.ManagedIdentityCredentialBuilder;
import io.huntbook.core.BadInputException;
import io.huntbook.core.config.HuntbookConfig;
import io.huntbook.core.config.Secret;
import io.huntbook.data.http.ProviderArgs;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tokens through the Azure credential chain (azure-identity), in the order of {@code Azure.auth_methods} (MSTICPy's
 * names: {@code env}, {@code cli}, {@code msi}, {@code clientsecret}, {@code certificate}, {@code interactive},
 * {@code devicecode}, {@code powershell}; without it {@link #DEFAULT_AUTH_METHODS}), against the cloud's sign-in
 * authority ({@code AuthorityHost} overrides). A client's own settings come first when given: {@code ClientId} with
 * {@code ClientSecret} (or {@code Certificate}) and {@code TenantId}, or {@code ManagedIdentity: true}; an
 * {@code AccessToken} secret is used as it is. Tokens are cached per scope until five minutes before they expire.
 * Every Azure client of the module signs in here: the query providers and the Sentinel incident sink.
 */
public final class AzureCredentials {
    /**
     * Sign-in methods without {@code Azure.auth_methods}: {@code env}, {@code cli}, {@code msi}. MSTICPy's default also
     * opens a browser ({@code interactive}), which would hang an unattended run or a server, so that is used only when
     * listed.
     */
    static final List<String> DEFAULT_AUTH_METHODS = List.of("env", "cli", "msi");
    private static final Logger LOG = LoggerFactory.getLogger(AzureCredentials.class);

    private AzureCredentials() {}

    /**
     * The chain for one client: its settings {@code args} ({@code Cloud}, {@code AuthorityHost}, {@code TenantId},
     * {@code ClientId}...) with the configuration's {@code Azure.auth_methods} and {@code Azure.cloud}.
     *
     * @param tenant the tenant when the client's settings name none (a workspace's {@code TenantId})
     */
    public static TokenSource create(HuntbookConfig config, ProviderArgs args, Optional<String> tenant) {
        List<String> listed = config.section("Azure").strings("auth_methods");
        return create(args, listed.isEmpty() ? DEFAULT_AUTH_METHODS : listed, AzureCloud.of(config, args), tenant);
    }

    static TokenSource create(ProviderArgs args, List<String> authMethods, AzureCloud cloud, Optional<String> tenant) {
        Optional<Secret> fixed = args.secret("AccessToken");
        if (fixed.isPresent()) {
            Secret secret = fixed.get();
            return scope -> secret.reveal();
        }
        String authority = args.text("AuthorityHost").or(() -> cloud.authorityHost().map(Object::toString))
                .orElseThrow(() -> new BadInputException("the Azure cloud has no sign-in authority: set AuthorityHost "
                        + "under the provider's Args"));
        Optional<String> tenantId = args.text("TenantId").or(() -> tenant);
        List<String> methods = new ArrayList<>();
        if (args.text("ClientId").isPresent() && args.secret("ClientSecret").isPresent()) {
            methods.add("clientsecret");
        } else if (args.text("ClientId").isPresent() && args.text("Certificate").isPresent()) {
            methods.add("certificate");
        }
        if (args.text("ManagedIdentity").map(Boolean::parseBoolean).orElse(false)) {
            methods.add("msi");
        }
        args.text("auth_methods").map(m -> List.of(m.split(","))).orElse(authMethods).stream()
                .map(m -> m.strip().toLowerCase(Locale.ROOT)).filter(m -> !methods.contains(m)).forEach(methods::add);
        ChainedTokenCredentialBuilder chain = new ChainedTokenCredentialBuilder();
        List<String> used = new ArrayList<>();
        for (String method : methods) {
            TokenCredential c = credential(method, args, authority, tenantId);
            if (c != null) {
                chain.addLast(c);
                used.add(method);
            }
        }
        if (used.isEmpty()) {
            throw new BadInputException("no usable Azure sign-in method in " + methods + ": set Azure.auth_methods to "
                    + "some of env, cli, msi, clientsecret, certificate, interactive, devicecode");
        }
        return new Cached(chain.build(), used);
    }

    private static TokenCredential credential(String method, ProviderArgs args, String authority,
            Optional<String> tenant) {
        return switch (method) {
            case "env" -> new EnvironmentCredentialBuilder().authorityHost(authority).build();
            case "cli" -> {
                AzureCliCredentialBuilder b = new AzureCliCredentialBuilder();
                tenant.ifPresent(b::tenantId);
                yield b.build();
            }
            case "powershell" -> {
                AzurePowerShellCredentialBuilder b = new AzurePowerShellCredentialBuilder();
                tenant.ifPresent(b::tenantId);
                yield b.build();
            }
            case "msi" -> {
                ManagedIdentityCredentialBuilder b = new ManagedIdentityCredentialBuilder();
                args.text("ManagedIdentityClientId").ifPresent(b::clientId);
                yield b.build();
            }
            case "clientsecret" -> {
                Optional<Secret> secret = args.secret("ClientSecret");
                if (args.text("ClientId").isEmpty() || secret.isEmpty()) {
                    LOG.info("auth method clientsecret skipped: the provider has no ClientId and ClientSecret");
                    yield null;
                }
                yield new ClientSecretCredentialBuilder().authorityHost(authority).tenantId(requireTenant(tenant))
                        .clientId(args.text("ClientId").get()).clientSecret(secret.get().reveal()).build();
            }
            case "certificate" -> {
                Optional<String> path = args.text("Certificate");
                if (args.text("ClientId").isEmpty() || path.isEmpty()) {
                    LOG.info("auth method certificate skipped: the provider has no ClientId and Certificate");
                    yield null;
                }
                ClientCertificateCredentialBuilder b = new ClientCertificateCredentialBuilder().authorityHost(authority)
                        .tenantId(requireTenant(tenant)).clientId(args.text("ClientId").get());
                if (path.get().toLowerCase(Locale.ROOT).endsWith(".pem")) {
                    b.pemCertificate(path.get());
                } else {
                    b.pfxCertificate(path.get());
                    args.secret("CertificatePassword").ifPresent(p -> b.clientCertificatePassword(p.reveal()));
                }
                yield b.build();
            }
            case "interactive" -> {
                InteractiveBrowserCredentialBuilder b = new InteractiveBrowserCredentialBuilder().authorityHost(authority);
                tenant.ifPresent(b::tenantId);
                yield b.build();
            }
            case "devicecode" -> {
                DeviceCodeCredentialBuilder b = new DeviceCodeCredentialBuilder().authorityHost(authority)
                        // the sign-in prompt goes to stderr: stdout carries results only (DESIGN.md §6.A)
                        .challengeConsumer(challenge -> System.err.println(challenge.getMessage()));
                tenant.ifPresent(b::tenantId);
                yield b.build();
            }
            default -> {
                LOG.warn("Azure auth method {} is not supported here and is skipped", method);
                yield null;
            }
        };
    }

    private static String requireTenant(Optional<String> tenant) {
        return tenant.orElseThrow(() -> new BadInputException("Azure sign-in with a client id needs TenantId: add it "
                + "under the provider's Args or the workspace"));
    }

    /** The chain's tokens, one per scope, kept until five minutes before they expire. */
    private static final class Cached implements TokenSource {
        private final TokenCredential credential;
        private final List<String> methods;
        private final Map<String, AccessToken> tokens = new LinkedHashMap<>();

        Cached(TokenCredential credential, List<String> methods) {
            this.credential = credential;
            this.methods = methods;
        }

        @Override
        public synchronized String token(String scope) {
            AccessToken t = tokens.get(scope);
            if (t == null || t.getExpiresAt().isBefore(OffsetDateTime.now().plusMinutes(5))) {
                try {
                    t = credential.getTokenSync(new TokenRequestContext().addScopes(scope));
                } catch (RuntimeException e) {
                    throw new AzureSignInException("could not sign in to Azure for " + scope + " (tried "
                            + String.join(", ", methods) + "): " + e.getMessage(), e);
                }
                if (t == null) {
                    throw new AzureSignInException("could not sign in to Azure for " + scope + " (tried "
                            + String.join(", ", methods) + ")");
                }
                tokens.put(scope, t);
            }
            return t.getToken();
        }

        /** The methods tried, in order (never a secret). */
        @Override
        public String toString() {
            return "Azure sign-in through " + String.join(", ", methods);
        }
    }
}
