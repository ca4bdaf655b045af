package io.huntbook.data.http;

import io.huntbook.core.BadInputException;
import io.huntbook.core.config.ConfigMap;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * How a provider talks HTTP: a proxy, timeouts and how often a throttled or unavailable call is retried. Read from a
 * provider's {@code Args}: {@code Proxy} ({@code http://host:port} or {@code host:port}), {@code TimeoutSeconds}
 * (default 300), {@code MaxRetries} (default 3), {@code MaxRetryWaitSeconds} (the longest {@code Retry-After}
 * honoured, default 120). Endpoints themselves are each provider's own settings.
 */
public record HttpSettings(Optional<InetSocketAddress> proxy, Duration connectTimeout, Duration requestTimeout,
        int maxRetries, Duration maxRetryWait) {

    public static HttpSettings defaults() {
        return new HttpSettings(Optional.empty(), Duration.ofSeconds(30), Duration.ofSeconds(300), 3,
                Duration.ofSeconds(120));
    }

    /** The settings in a provider's {@code Args}, defaults for what is not there. */
    public static HttpSettings of(ConfigMap args) {
        HttpSettings d = defaults();
        Optional<InetSocketAddress> proxy = args.string("Proxy").map(HttpSettings::proxy);
        Duration timeout = args.integer("TimeoutSeconds").map(Duration::ofSeconds).orElse(d.requestTimeout());
        int retries = args.integer("MaxRetries").map(Long::intValue).orElse(d.maxRetries());
        Duration maxWait = args.integer("MaxRetryWaitSeconds").map(Duration::ofSeconds).orElse(d.maxRetryWait());
        return new HttpSettings(proxy, d.connectTimeout(), timeout, retries, maxWait);
    }

    public HttpSettings withMaxRetries(int retries) {
        return new HttpSettings(proxy, connectTimeout, requestTimeout, retries, maxRetryWait);
    }

    static InetSocketAddress proxy(String text) {
        String s = text.strip();
        URI uri = URI.create(s.contains("://") ? s : "http://" + s);
        if (uri.getHost() == null || uri.getPort() < 0) {
            throw new BadInputException("Proxy '" + text + "' is not host:port: write it as http://proxy.example:3128");
        }
        return InetSocketAddress.createUnresolved(uri.getHost(), uri.getPort());
    }
}
