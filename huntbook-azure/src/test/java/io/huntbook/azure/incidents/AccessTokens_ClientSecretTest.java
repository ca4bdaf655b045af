package io.huntbook.azure.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.huntbook.core.config.HuntbookConfig;
import io.huntbook.core.config.Secret;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Client-credential and managed-identity tokens from a local token endpoint: cached, and the secret never shown. */
class AccessTokens_ClientSecretTest {
    private static final String SECRET = "cl13nt~S3CRET-canary";
    private HttpServer server;
    private final List<String> forms = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            forms.add(exchange.getRequestURI().getPath() + " " + exchange.getRequestHeaders().getFirst("Metadata")
                    + " " + URLDecoder.decode(new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8), StandardCharsets.UTF_8));
            byte[] body = (status.get() == 200 ? "{\"token_type\":\"Bearer\",\"expires_in\":3599,\"access_token\":\"tok-1\"}"
                    : "{\"error\":\"invalid_client\",\"error_description\":\"AADSTS7000215: Invalid client secret"
                    + " provided.\\r\\nTrace ID: 1\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static Secret secret() {
        return HuntbookConfig.parse("Huntbook:\n  Sentinel:\n    ClientSecret:\n      EnvironmentVar: SP_SECRET\n",
                "test", Map.of("SP_SECRET", SECRET)).secret("Huntbook.Sentinel.ClientSecret");
    }

    @Test
    void aTokenIsFetchedOnceAndCached() {
        AccessTokens tokens = AccessTokens.clientSecret(url(), "tenant-1", "app-1", secret(),
                AccessTokens.MANAGEMENT_SCOPE);
        assertThat(tokens.token()).isEqualTo("tok-1");
        assertThat(tokens.token()).isEqualTo("tok-1");
        assertThat(forms).singleElement().satisfies(f -> assertThat(f)
                .startsWith("/tenant-1/oauth2/v2.0/token")
                .contains("grant_type=client_credentials", "client_id=app-1", "client_secret=" + SECRET,
                        "scope=https://management.azure.com/.default"));
    }

    @Test
    void aRefusalNamesEntrasErrorButNotTheSecret() {
        status.set(401);
        AccessTokens tokens = AccessTokens.clientSecret(url(), "tenant-1", "app-1", secret(),
                AccessTokens.MANAGEMENT_SCOPE);
        assertThatThrownBy(tokens::token).isInstanceOf(SentinelException.class)
                .hasMessageContaining("invalid_client").hasMessageContaining("AADSTS7000215")
                .hasMessageNotContaining(SECRET).hasMessageNotContaining("Trace ID");
    }

    @Test
    void aManagedIdentityAsksTheMetadataServiceWithItsHeader() {
        AccessTokens tokens = AccessTokens.managedIdentity(url(), "https://management.azure.com/");
        assertThat(tokens.token()).isEqualTo("tok-1");
        assertThat(forms).singleElement().satisfies(f -> assertThat(f)
                .startsWith("/metadata/identity/oauth2/token true"));
    }
}
